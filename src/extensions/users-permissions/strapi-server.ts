/**
 * users-permissions, changed where its answers told accounts apart (docs/security.md,
 * "Accounts and sign-in"); the per-client limit on these routes is `global::auth-rate-limit`.
 *
 * - `POST /api/auth/forgot-password`: Strapi answers 200 `{ ok: true }` for an unknown
 *   address but awaits the e-mail for a known one, so a failing mail provider (none
 *   configured: sendmail without an MTA) made the answer a 500 for existing accounts only.
 *   Here the controller runs unchanged except that its e-mail goes out in the background:
 *   200 `{ ok: true }` for both, not waiting for (or timed by) the mail. The reset token
 *   is still stored first (Strapi's order), so an admin can help a reader whose mail
 *   never arrived.
 * - `POST /api/auth/send-email-confirmation`: Strapi answered 400 "Already confirmed",
 *   400 "User blocked", 500 when the mail failed, and 200 `{ email, sent: true }` for an
 *   unknown address (echoed as given; a known one came back as stored, lower-case). Now
 *   every valid request gets that last answer, the address as given, before anything
 *   about the account is looked up; the lookup and Strapi's own `sendConfirmationEmail`
 *   (token stored, then the mail; only for an account neither confirmed nor blocked)
 *   run after the answer is written.
 *
 * A mail that fails is logged with the request id. Validation 400s (no or a malformed
 * address) are Strapi's, alike for everyone; a database outage before the answer is
 * still the outage middleware's 503.
 */
import type { Context } from 'koa';
import type { Core } from '@strapi/strapi';
import { validateYupSchema, yup } from '@strapi/utils';
import { describeError } from '../../domain/request-id';

type ControllerFactory = (deps: { strapi: Core.Strapi }) => Record<string, (ctx: Context, next?: any) => unknown>;

/** `strapi`, except that `plugin('email').service('email').send` does not wait for the provider. */
function withMailInBackground(strapi: Core.Strapi, onMailError: (error: unknown) => void): Core.Strapi {
  // Delegating objects: only `service('email').send` differs from Strapi's own.
  const emailPlugin = () => {
    const real = strapi.plugin('email');
    const service = (name: string) => {
      const original = real.service(name);
      if (name !== 'email') return original;
      const send = (options: unknown) => {
        Promise.resolve()
          .then(() => original.send(options))
          .catch(onMailError);
        return Promise.resolve();
      };
      return Object.assign(Object.create(original), { send });
    };
    return Object.assign(Object.create(real), { service });
  };
  return new Proxy(strapi, {
    get(target, prop) {
      if (prop === 'plugin') return (name: string) => (name === 'email' ? emailPlugin() : target.plugin(name));
      const value = Reflect.get(target, prop, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Strapi's own schema for this route (controllers/validation/auth.js), so its 400s stay the same. */
const validateSendEmailConfirmationBody = validateYupSchema(yup.object({ email: yup.string().email().required() }));

interface AccountFlags {
  confirmed?: boolean | null;
  blocked?: boolean | null;
}

/** Strapi sends a confirmation mail only to an account that is neither confirmed nor blocked. */
const confirmationMailDue = (user: AccountFlags | null | undefined): boolean => !!user && !user.confirmed && !user.blocked;

const requestIdOf = (ctx: Pick<Context, 'state'>): string => String(ctx.state?.requestId ?? '-');

export default (plugin: any) => {
  const createAuth: ControllerFactory = plugin.controllers.auth;
  plugin.controllers.auth = ({ strapi }: { strapi: Core.Strapi }) => {
    const auth = createAuth({ strapi });
    return {
      ...auth,
      async forgotPassword(ctx: Context) {
        const requestId = ctx.state?.requestId ?? '-';
        const onMailError = (error: unknown) =>
          strapi.log.error(
            `[request ${requestId}] password-reset e-mail not sent (the answer was 200 all the same): ${describeError(error)}`,
          );
        return createAuth({ strapi: withMailInBackground(strapi, onMailError) }).forgotPassword(ctx);
      },
      async sendEmailConfirmation(ctx: Context) {
        const body = (ctx.request as { body?: unknown }).body;
        const { email } = (await validateSendEmailConfirmationBody(body ?? {})) as { email: string };
        const requestId = requestIdOf(ctx);
        // Only after the answer is handed to Koa (setImmediate runs after it is written):
        // neither its status nor its timing depends on whether the address has an account.
        setImmediate(() => {
          Promise.resolve()
            .then(async () => {
              const user = await strapi.db.query('plugin::users-permissions.user').findOne({ where: { email: email.toLowerCase() } });
              if (!confirmationMailDue(user)) return;
              await strapi.plugin('users-permissions').service('user').sendConfirmationEmail(user);
            })
            .catch((error: unknown) =>
              strapi.log.error(
                `[request ${requestId}] confirmation e-mail not sent (the answer was 200 all the same): ${describeError(error)}`,
              ),
            );
        });
        ctx.status = 200;
        ctx.body = { email, sent: true };
      },
    };
  };
  return plugin;
};
