import type { Core } from '@strapi/strapi';
import type { SettingsService } from './services/settings';
import type { FreshnessService } from './services/freshness';
import type { StatBlocksService } from './services/stat-blocks';
import type { EnrichmentService } from './services/enrichment';
import type { OverviewService } from './services/overview';
import type { StudyCitationsService } from './services/study-citations';
import type { DocumentFreshnessService } from './services/document-freshness';
import type { DocumentAccessService } from './services/document-access';
import type { PreviewService } from './services/preview';
import type { ContentVersionService } from './services/content-version';
import type { FollowUpsService } from './services/follow-ups';
import type { StudyPageService } from './services/study-page';

interface Services {
  settings: SettingsService;
  freshness: FreshnessService;
  'stat-blocks': StatBlocksService;
  enrichment: EnrichmentService;
  overview: OverviewService;
  'study-citations': StudyCitationsService;
  'document-freshness': DocumentFreshnessService;
  'document-access': DocumentAccessService;
  preview: PreviewService;
  'content-version': ContentVersionService;
  'follow-ups': FollowUpsService;
  'study-page': StudyPageService;
  permissions: { grantRoleDefaults(): Promise<void> };
}

export const PLUGIN_ID = 'editorial';

/** The one typed way to reach this plugin's services. */
export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
}
