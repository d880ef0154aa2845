import slugifyLib from 'slugify';

/**
 * URL slugs for German content: umlauts are transliterated the way German readers
 * expect (ü → ue, ß → ss, & → und) instead of being stripped (ü → u).
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 200;

export function slugify(text: string): string {
  // Symbols other than & and % become separators: slugify would spell `<` as "less".
  const words = String(text ?? '').replace(/[^\p{L}\p{N}\s&%-]/gu, ' ');
  const slug = slugifyLib(words, { lower: true, strict: true, locale: 'de', trim: true });
  // Cut at a hyphen so a long title never ends in half a word.
  if (slug.length <= SLUG_MAX_LENGTH) return slug;
  const cut = slug.slice(0, SLUG_MAX_LENGTH);
  const lastHyphen = cut.lastIndexOf('-');
  return lastHyphen > 20 ? cut.slice(0, lastHyphen) : cut;
}

export function isValidSlug(slug: string): boolean {
  return typeof slug === 'string' && slug.length <= SLUG_MAX_LENGTH && SLUG_PATTERN.test(slug);
}

/** `base`, `base-2`, `base-3`, …: the first candidate `isTaken` rejects not. */
export async function uniqueSlug(base: string, isTaken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = base || 'eintrag';
  if (!(await isTaken(root))) return root;
  for (let n = 2; n < 1000; n += 1) {
    const candidate = `${root}-${n}`;
    if (!(await isTaken(candidate))) return candidate;
  }
  throw new Error(`No free slug for "${root}" after 1000 attempts`);
}
