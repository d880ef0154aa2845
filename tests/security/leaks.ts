/** Finding what must never reach a reader: private keys anywhere in a JSON answer. */

/** Keys of admin users, users-permissions users and Strapi's creator fields. */
export const PRIVATE_KEYS = [
  'createdBy',
  'updatedBy',
  'password',
  'resetPasswordToken',
  'registrationToken',
  'confirmationToken',
  'isActive',
  'blocked',
  'roles',
  'preferedLanguage',
] as const;

/** JSON paths (`$.data[0].createdBy`) of every private key, at any depth. */
export function privateKeyPaths(json: unknown, path = '$'): string[] {
  const found: string[] = [];
  if (Array.isArray(json)) {
    json.forEach((item, index) => found.push(...privateKeyPaths(item, `${path}[${index}]`)));
  } else if (json && typeof json === 'object') {
    for (const [key, value] of Object.entries(json)) {
      if ((PRIVATE_KEYS as readonly string[]).includes(key)) found.push(`${path}.${key}`);
      found.push(...privateKeyPaths(value, `${path}.${key}`));
    }
  }
  return found;
}
