/**
 * The admin user responsible for an entry ("Verantwortlich"): how the plugin names them
 * and what it keeps of them. Pure.
 */

/** An entry's owner; the e-mail and language are for the digest and webhooks, not the panel. */
export interface EntryOwner {
  id: number;
  name: string;
  email: string | null;
  /** The admin interface language the owner chose (null: Strapi's default). */
  language: string | null;
}

/** "Vorname Nachname", else the username or e-mail: how Strapi's admin names a user. */
export function ownerName(user: {
  firstname?: string | null;
  lastname?: string | null;
  username?: string | null;
  email?: string | null;
}): string {
  const full = [user.firstname, user.lastname]
    .map((part) => (part ?? '').trim())
    .filter(Boolean)
    .join(' ');
  return full || user.username?.trim() || user.email?.trim() || '?';
}

/** The language an admin user's mail is written in: their interface language when we have it, else German. */
export function mailLanguage(language: string | null | undefined): 'de' | 'en' {
  return language?.toLowerCase().startsWith('en') ? 'en' : 'de';
}
