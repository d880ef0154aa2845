import { factories } from '@strapi/strapi';
import { CORE_ROUTE_CONFIG } from '../../../routing/core-routes';

export default factories.createCoreRouter('api::category.category', { config: CORE_ROUTE_CONFIG });
