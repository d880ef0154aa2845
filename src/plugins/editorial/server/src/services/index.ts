import type { Core } from '@strapi/strapi';
import settings from './settings';
import freshness from './freshness';
import statBlocks from './stat-blocks';
import enrichment from './enrichment';
import overview from './overview';
import studyCitations from './study-citations';
import documentFreshness from './document-freshness';
import documentAccess from './document-access';
import preview from './preview';
import contentVersion from './content-version';
import followUps from './follow-ups';
import studyPage from './study-page';
import reviews from './reviews';
import staleEntries from './stale-entries';
import digest from './digest';
import freshnessEvents from './freshness-events';
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
