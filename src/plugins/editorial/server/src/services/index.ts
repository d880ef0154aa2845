import settings from './settings';
import freshness from './freshness';
import statBlocks from './stat-blocks';
import enrichment from './enrichment';
import overview from './overview';

export default {
  settings,
  freshness,
  'stat-blocks': statBlocks,
  enrichment,
  overview,
};
