import { factories } from '@strapi/strapi';
import { coreRouteConfig } from '../../../routing/core-routes';

export default factories.createCoreRouter('api::author.author', { config: coreRouteConfig() });
