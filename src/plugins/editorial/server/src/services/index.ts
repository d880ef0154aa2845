import type { Core } from '@strapi/strapi';
import settings from './settings';
import freshness from '../freshness/freshness-service';
import statBlocks from '../stat-blocks/stat-blocks-service';
import enrichment from './enrichment';
import overview from '../freshness/overview-service';
import studyCitations from '../stat-blocks/study-citations-service';
import documentFreshness from '../freshness/document-freshness-service';
import documentAccess from './document-access';
import preview from '../preview/preview-service';
import contentVersion from './content-version';
import followUps from '../freshness/follow-ups-service';
import studyPage from '../stat-blocks/study-page-service';
import reviews from '../freshness/reviews-service';
import staleEntries from '../freshness/stale-entries-service';
import digest from '../notifications/digest-service';
import freshnessEvents from '../notifications/freshness-events-service';
import { grantRoleDefaults } from '../permissions';

const permissions = ({ strapi }: { strapi: Core.Strapi }) => ({
  grantRoleDefaults: () => grantRoleDefaults(strapi),
});

declare module '../get-service' {
  interface EditorialServices {
    permissions: ReturnType<typeof permissions>;
  }
}

export default {
  settings,
  freshness,
  'stat-blocks': statBlocks,
  enrichment,
  overview,
  'study-citations': studyCitations,
  'document-freshness': documentFreshness,
  'document-access': documentAccess,
  preview,
  'content-version': contentVersion,
  'follow-ups': followUps,
  'study-page': studyPage,
  reviews,
  'stale-entries': staleEntries,
  digest,
  'freshness-events': freshnessEvents,
  permissions,
};
