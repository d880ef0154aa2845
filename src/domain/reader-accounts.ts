/**
 * Reader accounts (users-permissions): who may open one. Pure.
 *
 * Strapi lets anyone register (`POST /api/auth/local/register`) by default. The blog has
 * no use for reader accounts unless an operator wants them, so sign-up is off unless
 * `PUBLIC_SIGNUP=true`.
 */

export interface PublicSignUp {
  allowRegister: boolean;
  /** PUBLIC_SIGNUP was set: applied on every start. Unset: the default, applied once. */
  explicit: boolean;
}

/** Parses `PUBLIC_SIGNUP`; throws an Error naming the variable for anything but true/false. */
export function parsePublicSignUp(raw: string | undefined | null): PublicSignUp {
  const value = String(raw ?? '')
    .trim()
    .toLowerCase();
  if (value === '') return { allowRegister: false, explicit: false };
  if (value === 'true') return { allowRegister: true, explicit: true };
  if (value === 'false') return { allowRegister: false, explicit: true };
  throw new Error(`PUBLIC_SIGNUP: ${JSON.stringify(raw)} is neither true nor false.`);
}

/**
 * The `allow_register` value to store now, or null to leave the stored one: an explicit
 * PUBLIC_SIGNUP always wins; without it the default (off) is applied once, and after that
 * an admin's choice in Settings → Users & Permissions → Advanced settings stays.
 */
export function allowRegisterToStore(signUp: PublicSignUp, stored: unknown, defaultApplied: boolean): boolean | null {
  if (signUp.explicit) return stored === signUp.allowRegister ? null : signUp.allowRegister;
  if (defaultApplied) return null;
  return stored === false ? null : false;
}
