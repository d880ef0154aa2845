/**
 * "Veraltet-Hinweis" (auto, evergreen, archived) as a custom field: the same enumeration
 * in the database and the API, but the content manager shows editors labels in their
 * language instead of the raw values (src/admin/custom-fields/FreshnessModeInput.tsx).
 * Registered by the app, not the editorial plugin, so the schema stays valid with
 * EDITORIAL_ENABLED=false.
 */
import type { Core } from '@strapi/strapi';

export const FRESHNESS_MODE_FIELD = { name: 'freshness-mode', type: 'enumeration' } as const;

export function registerCustomFields(strapi: Core.Strapi): void {
  strapi.customFields.register({ ...FRESHNESS_MODE_FIELD, inputSize: { default: 6, isResizable: true } } as any);
}
