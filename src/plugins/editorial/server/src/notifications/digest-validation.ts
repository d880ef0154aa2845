/**
 * Input of the digest routes: a signed-in admin user's own subscription, and the settings
 * switch for editors without articles. Strict: `"false"` or `0` is a 400, not a guess.
 */
import { validateYupSchema, yup } from '@strapi/utils';

const validate = <T>(schema: yup.AnySchema, input: unknown): Promise<T> =>
  validateYupSchema(schema, { strict: true, abortEarly: true })(input ?? {}) as Promise<T>;

const flag = (name: string) => yup.boolean().typeError(`${name} must be true or false`).required(`${name} is required (true or false)`);

/** `PUT /editorial/digest/me` with `{ subscribed }`. */
export function validateDigestSubscription(body: unknown): Promise<{ subscribed: boolean }> {
  return validate(yup.object({ subscribed: flag('subscribed') }).noUnknown(true, 'only subscribed can be set here'), body);
}

/** `PUT /editorial/digest/settings` with `{ includeEditorsWithoutArticles }`. */
export function validateDigestSettings(body: unknown): Promise<{ includeEditorsWithoutArticles: boolean }> {
  return validate(
    yup
      .object({ includeEditorsWithoutArticles: flag('includeEditorsWithoutArticles') })
      .noUnknown(true, 'only includeEditorsWithoutArticles can be set here'),
    body,
  );
}
