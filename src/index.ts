import type { Core } from '@strapi/strapi';
import { checkDatabaseReachable } from './bootstrap/database-preflight';
import { createWriteRulesMiddleware } from './write-rules/document-middleware';
import { ensureRuntimeFolders } from './bootstrap/runtime-folders';
import { BLOG_TIME_ZONE } from './domain/blog';
import { ensureLocales } from './bootstrap/locales';
import { grantPublicReadAccess } from './bootstrap/public-permissions';
import { grantDefaultRolesLocales } from './bootstrap/role-locales';
import { createFirstAdminFromEnv } from './bootstrap/first-admin';
import { applyEditorLabels } from './bootstrap/editor-labels';
import { seedDemoContentOnFirstStart } from './seed/seed-demo';
import { applyPerformanceTuning } from './runtime/performance-tuning';
import { runExclusively } from './runtime/lease';
import { installOutageGuard } from './runtime/outage-guard';
import { installPublishedOnlyJoins } from './runtime/published-only-joins';
import { backfillSearchText, createSearchTextMiddleware } from './search/search-text-store';
import { closeAnswerStore } from './http/response-cache/instance-store';
import { installSecurityBuiltOnce } from './runtime/security-headers-once';
import { installResponseErrorLog } from './runtime/response-errors';
import { registerCustomFields } from './custom-fields/freshness-mode';

export default {
  async register({ strapi }: { strapi: Core.Strapi }) {
    await checkDatabaseReachable(strapi);
    installOutageGuard(strapi.log);
    ensureRuntimeFolders(strapi);
    installPublishedOnlyJoins(strapi);
    installSecurityBuiltOnce(strapi);
    installResponseErrorLog(strapi);
    registerCustomFields(strapi);
    strapi.documents.use(createWriteRulesMiddleware(strapi, { timeZone: BLOG_TIME_ZONE }) as any);
    // After the write rules: only a write they let through changes the stored search text.
    strapi.documents.use(createSearchTextMiddleware(strapi) as any);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // Each step is idempotent; the lease keeps instances that start at the same moment on
    // one database from doing them at once (two "first" admins, duplicate permissions).
    const { ran } = await runExclusively(strapi, 'app-bootstrap', { ttlMs: 30_000, waitMs: 5 * 60_000 }, async () => {
      await ensureLocales(strapi);
      await grantPublicReadAccess(strapi);
      await createFirstAdminFromEnv(strapi);
      await applyEditorLabels(strapi);
      // The admin creates its default roles after the plugins bootstrap; grant the
      // editorial plugin's role defaults now that they exist.
      await strapi.plugin('editorial')?.service('permissions').grantRoleDefaults();
      // Strapi's Editor and Author roles come without any locale (strapi/strapi#22781).
      await grantDefaultRolesLocales(strapi);
      await applyPerformanceTuning(strapi);
      await backfillSearchText(strapi);
    });
    if (!ran) throw new Error('Another instance has held the startup lease for 5 minutes; refusing to start half set up.');
    await seedDemoContentOnFirstStart(strapi);
  },

  async destroy({ strapi }: { strapi: Core.Strapi }) {
    await closeAnswerStore(strapi);
  },
};
