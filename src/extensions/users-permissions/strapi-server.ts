/**
 * users-permissions, changed in one place: `POST /api/auth/forgot-password`.
 *
 * Strapi answers 200 `{ ok: true }` for an unknown address but awaits the e-mail for a
 * known one, so a failing mail provider (none configured: sendmail without an MTA) made
 * the answer a 500 for existing accounts only: anyone could test which addresses have an
 * account. Here the controller runs unchanged except that its e-mail goes out in the
 * background: the answer is 200 `{ ok: true }` for both, and does not wait for (or time)
 * the mail; a failed mail is logged with the request id. The reset token is still stored
 * first (Strapi's order), so an admin can help a reader whose mail never arrived.
 * Everything else (validation 400s, a database outage's 503) is unchanged.
 */
import type { Core } from '@strapi/strapi';
import { describeError } from '../../domain/request-id';

type ControllerFactory = (deps: { strapi: Core.Strapi }) => Record<string, (ctx: any, next?: any) => unknown>;

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

export default (plugin: any) => {
  const createAuth: ControllerFactory = plugin.controllers.auth;
  plugin.controllers.auth = ({ strapi }: { strapi: Core.Strapi }) => {
    const auth = createAuth({ strapi });
    return {
      ...auth,
      async forgotPassword(ctx: any) {
        const requestId = ctx.state?.requestId ?? '-';
        const onMailError = (error: unknown) =>
          strapi.log.error(
            `[request ${requestId}] password-reset e-mail not sent (the answer was 200 all the same): ${describeError(error)}`,
          );
        return createAuth({ strapi: withMailInBackground(strapi, onMailError) }).forgotPassword(ctx);
      },
    };
  };
  return plugin;
};
