import type { Core } from '@strapi/strapi';
import { READABLE_CONTENT_TYPES } from '../domain/blog';
import { allowRegisterToStore, parsePublicSignUp } from '../domain/reader-accounts';

const READ_ACTIONS = ['find', 'findOne'] as const;
/** `GET /api/articles/search` (src/api/article/routes/01-search.ts). */
const SEARCH_ACTION = 'api::article.article.search';

/**
 * What readers may do, set up on start (called from the app's bootstrap, under its lease):
 * - the Public role reads the blog, never writes;
 * - the Authenticated role (a reader logged in with a users-permissions account) reads the
 *   same: Strapi gives it nothing, so a logged-in reader got 403 where an anonymous one
 *   got 200;
 * - public sign-up is off unless PUBLIC_SIGNUP=true (`applySignUpSetting`).
 * Each grant is made once: an admin who later removes a permission must not see it come
 * back on the next restart.
 */
export async function grantPublicReadAccess(strapi: Core.Strapi): Promise<void> {
  await grantReadAccess(strapi, 'public', 'public-permissions-granted');
  // Its own marker: databases that already have the Public grant get this one too.
  await grantReadAccess(strapi, 'authenticated', 'authenticated-permissions-granted');
  // The article search came later: its own marker, so existing databases get it once too.
  for (const roleType of ['public', 'authenticated'] as const)
    await grantActions(strapi, roleType, [SEARCH_ACTION], `${roleType}-search-granted`);
  await applySignUpSetting(strapi);
}

async function grantReadAccess(strapi: Core.Strapi, roleType: 'public' | 'authenticated', marker: string): Promise<void> {
  const actions = READABLE_CONTENT_TYPES.flatMap((uid) => READ_ACTIONS.map((action) => `${uid}.${action}`));
  if (await grantActions(strapi, roleType, actions, marker))
    strapi.log.info(`[blog] ${roleType} role may now read: ${READABLE_CONTENT_TYPES.join(', ')}`);
}

/** Grants `actions` to the role once (`marker` in the core store); true when it did so now. */
async function grantActions(
  strapi: Core.Strapi,
  roleType: 'public' | 'authenticated',
  actions: string[],
  marker: string,
): Promise<boolean> {
  const store = strapi.store({ type: 'core', name: 'blog' });
  if (await store.get({ key: marker })) return false;

  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: roleType } });
  if (!role) throw new Error(`The users-permissions ${roleType} role is missing; cannot grant read access.`);

  const permissions = strapi.db.query('plugin::users-permissions.permission');
  for (const name of actions) {
    const existing = await permissions.findOne({ where: { action: name, role: role.id } });
    if (!existing) await permissions.create({ data: { action: name, role: role.id } });
  }
  await store.set({ key: marker, value: true });
  return true;
}

/**
 * users-permissions' `allow_register`: off on the first start (Strapi's default is on),
 * on with PUBLIC_SIGNUP=true; an explicit PUBLIC_SIGNUP is applied on every start, without
 * it an admin's later choice in the settings stays (src/domain/reader-accounts.ts).
 */
export async function applySignUpSetting(strapi: Core.Strapi, env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const signUp = parsePublicSignUp(env.PUBLIC_SIGNUP);
  const blog = strapi.store({ type: 'core', name: 'blog' });
  const settings = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = (await settings.get({ key: 'advanced' })) as Record<string, unknown> | null;
  // users-permissions writes its defaults in its own bootstrap, which runs before ours.
  if (!advanced) throw new Error('The users-permissions advanced settings are missing; cannot set public sign-up.');
  const value = allowRegisterToStore(signUp, advanced.allow_register, Boolean(await blog.get({ key: 'sign-up-default-applied' })));
  if (value !== null) {
    await settings.set({ key: 'advanced', value: { ...advanced, allow_register: value } });
    strapi.log.info(
      `[blog] Public sign-up (POST /api/auth/local/register) is now ${value ? 'on' : 'off'}${signUp.explicit ? ' (PUBLIC_SIGNUP)' : ' (default; PUBLIC_SIGNUP=true turns it on)'}.`,
    );
  }
  await blog.set({ key: 'sign-up-default-applied', value: true });
}
