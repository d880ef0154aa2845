import type { Core } from '@strapi/strapi';

/** Strapi's own password rule for admins: 8+ characters with a lower-case letter, an upper-case letter and a digit. */
export function adminPasswordProblem(password: string): string | null {
  if (password.length < 8) return 'at least 8 characters';
  if (Buffer.byteLength(password, 'utf8') > 72) return 'at most 72 bytes';
  if (!/[a-z]/.test(password)) return 'a lower-case letter';
  if (!/[A-Z]/.test(password)) return 'an upper-case letter';
  if (!/\d/.test(password)) return 'a digit';
  return null;
}

/**
 * For local use: with ADMIN_EMAIL and ADMIN_PASSWORD set and no admin yet, create the
 * super admin, so a fresh clone needs no trip through the registration screen.
 */
export async function createFirstAdminFromEnv(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const email = env.ADMIN_EMAIL?.trim();
  const password = env.ADMIN_PASSWORD;
  if (!email || !password) return;

  const users = strapi.service('admin::user');
  if (await users.exists()) return;

  const problem = adminPasswordProblem(password);
  if (problem) {
    strapi.log.error(`[blog] ADMIN_PASSWORD is too weak (needs ${problem}); no admin was created. Register in the admin panel instead.`);
    return;
  }
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    strapi.log.error('[blog] ADMIN_EMAIL is not an e-mail address; no admin was created.');
    return;
  }
  await users.createFirstAdmin({
    email: email.toLowerCase(),
    firstname: env.ADMIN_FIRSTNAME?.trim() || 'Admin',
    lastname: env.ADMIN_LASTNAME?.trim() || undefined,
    password,
    // The editors are German-speaking: the admin's own chrome matches the German field labels.
    // Each admin can switch under Profile → Interface language (docs/configuration.md, "The admin in German").
    preferedLanguage: 'de',
  });
  strapi.log.info(`[blog] Created the super admin ${email.toLowerCase()} from ADMIN_EMAIL/ADMIN_PASSWORD.`);
}
