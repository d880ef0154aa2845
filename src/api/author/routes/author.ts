import { factories } from '@strapi/strapi';
import { CORE_ROUTE_CONFIG } from '../../../routing/core-routes';

export default factories.createCoreRouter('api::author.author', { config: CORE_ROUTE_CONFIG });
