/** Input of the webhook-subscription route (the settings page), checked like every admin route's. */
import { validateYupSchema, yup } from '@strapi/utils';
import { FRESHNESS_EVENTS } from './freshness-event';

const EVENTS = Object.values(FRESHNESS_EVENTS);

/** `PUT /editorial/webhooks/:id` with `{ events }`: a list of the plugin's event names (empty: none). */
export async function validateSubscriptionBody(body: unknown): Promise<{ events: string[] }> {
  const message = `events must be a list of ${EVENTS.join(', ')}`;
  const input = (await validateYupSchema(
    yup.object({
      events: yup.array().typeError(message).of(yup.string().typeError(message).oneOf(EVENTS, message).required(message)).required(message),
    }),
    { strict: true, abortEarly: true },
  )(body ?? {})) as { events: string[] };
  return { events: [...new Set(input.events)] };
}

/** A webhook id as Strapi gives it (a number, in the path as text). */
export async function validateWebhookId(id: unknown): Promise<string> {
  await validateYupSchema(
    yup
      .string()
      .required()
      .matches(/^\d{1,12}$/, 'id must be a webhook id'),
  )(id);
  return String(id);
}
