import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

/**
 * The plugin's services by name. Each service module adds its own entry (declaration
 * merging), so this file imports none of them and no service import goes in a circle.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging in services/*.ts
export interface EditorialServices {}

/** The one typed way to reach this plugin's services. */
export function getService<Name extends keyof EditorialServices>(strapi: Core.Strapi, name: Name): EditorialServices[Name] {
  return strapi.plugin(PLUGIN_ID).service(name) as EditorialServices[Name];
}
