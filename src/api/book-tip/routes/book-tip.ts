import { factories } from '@strapi/strapi';

export default factories.createCoreRouter('api::book-tip.book-tip', {
  config: {
    find: { middlewares: ['global::readers-see-published'] },
    findOne: { middlewares: ['global::readers-see-published'] },
    create: { middlewares: ['global::rest-write-input'] },
    update: { middlewares: ['global::rest-write-input'] },
  },
});
