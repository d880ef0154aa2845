/** Input of `GET /api/editorial/studies/:slug`: a slug as the write rules make them, an optional locale. */
import { validateYupSchemaSync, yup } from '@strapi/utils';
import { LOCALE_CODE } from '../../../shared/locale';

const schema = yup
  .object({
    slug: yup
      .string()
      .required('slug is required')
      .max(200, 'slug is at most 200 characters')
      .matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug must be lowercase letters, digits and hyphens, as in social-media-budget-monitor-demo'),
    locale: yup.string().matches(LOCALE_CODE, 'locale must look like "de" or "en"'),
  })
  .noUnknown(true, 'only locale is accepted as a query parameter');

export function validateStudyPageInput(input: Record<string, unknown>): { slug: string; locale?: string } {
  return validateYupSchemaSync(schema, { strict: true, abortEarly: true })(input) as { slug: string; locale?: string };
}
