/**
 * What every content type's core routes run besides Strapi's own: readers get published
 * content only (`global::readers-see-published` on find/findOne), and REST writes are
 * checked against the schema first (`global::rest-write-input` on create/update). Strapi
 * wants one route file per API (`src/api/<name>/routes/<name>.ts`, made by its core
 * factory); they all pass this one config. (Strapi loads no `src/routing/`: this is a plain module.)
 */
export const CORE_ROUTE_CONFIG = {
  find: { middlewares: ['global::readers-see-published'] },
  findOne: { middlewares: ['global::readers-see-published'] },
  create: { middlewares: ['global::rest-write-input'] },
  update: { middlewares: ['global::rest-write-input'] },
};
