import { factories } from '@strapi/strapi';

export default factories.createCoreService('api::book-tip.book-tip');
