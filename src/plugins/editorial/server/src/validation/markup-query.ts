/**
 * The `editorial` query parameter of Content API reads: `editorial[html]=true` asks for the
 * markup (stat blocks' `html`, charts' `svg`), which is left out by default to keep answers
 * lean. Taken off the query before Strapi's strict query validation sees it.
 */
import { errors, validateYupSchemaSync, yup } from '@strapi/utils';

const schema = yup
  .object({
    html: yup.mixed().oneOf(['true', 'false'], 'editorial[html] must be true or false'),
  })
  .noUnknown(true, 'editorial takes only html, as in editorial[html]=true');

/** Removes `editorial` from the query; true when markup was asked for. Throws a 400 on a bad value. */
export function takeMarkupParam(query: Record<string, unknown> | undefined): boolean {
  if (!query || !Object.prototype.hasOwnProperty.call(query, 'editorial')) return false;
  const value = query.editorial;
  delete query.editorial;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new errors.ValidationError('editorial must be given as editorial[html]=true', { key: 'editorial' });
  }
  const checked = validateYupSchemaSync(schema, { strict: true, abortEarly: true })(value) as { html?: string };
  return checked.html === 'true';
}
