import { factories } from '@strapi/strapi';
import { CORE_ROUTE_CONFIG } from '../../../routing/core-routes';

export default factories.createCoreRouter('api::book-tip.book-tip', { config: CORE_ROUTE_CONFIG });
