import type { Core } from '@strapi/strapi';
import { getService } from './get-service';
import { grantRoleDefaults, registerPermissions } from './permissions';
import { scheduleJobs } from './notifications/jobs';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = await getService(strapi, 'settings').get();
  const missing = settings.contentTypes.filter((uid) => !(strapi.contentTypes as any)[uid]);
  if (missing.length > 0) {
    throw new Error(`Invalid editorial plugin config: contentTypes names unknown content types: ${missing.join(', ')}`);
  }
  const { component, statistic, study } = settings.statBlock;
  const unknown = [
    !(strapi.components as any)[component] && `component ${component}`,
    !(strapi.contentTypes as any)[statistic] && `statistic ${statistic}`,
    !(strapi.contentTypes as any)[study] && `study ${study}`,
  ].filter(Boolean);
  if (unknown.length > 0)
    throw new Error(`Invalid editorial plugin config: statBlock names what this app does not have: ${unknown.join(', ')}`);
  // Each start raises the content version (to at least the clock's ms): answers from before
  // a deploy, a change made around Strapi or a restored backup are never confirmed as current.
  const contentVersion = getService(strapi, 'content-version');
  await contentVersion.ensure();
  await contentVersion.raiseOnStart();
  contentVersion.subscribe();
  await getService(strapi, 'reviews').ensure();
  await getService(strapi, 'digest').ensure();
  if (!settings.digest.mailConfigured) {
    strapi.log.info(`[editorial] E-mail digest off: ${settings.digest.offReason} (see docs/configuration.md, "E-mail")`);
  } else if (/^https?:\/\/(0\.0\.0\.0|localhost|127\.0\.0\.1)[:/]/.test(String(strapi.config.get('admin.absoluteUrl')))) {
    // Links in the digest would point to this machine: readers of the mail cannot follow them.
    strapi.log.warn(`[editorial] E-mail digest links point to ${strapi.config.get('admin.absoluteUrl')}: set PUBLIC_URL`);
  }
  await getService(strapi, 'freshness-events').ensure();
  getService(strapi, 'freshness-events').registerEvents();
  await registerPermissions(strapi);
  await grantRoleDefaults(strapi);
  scheduleJobs(strapi, settings);
  strapi.log.info(`[editorial] banners on ${settings.contentTypes.join(', ')}; outdated after ${settings.outdatedAfterMonths} months`);
};

export default bootstrap;
