/**
 * What every content type's core routes run besides Strapi's own: readers get published
 * content only (`global::readers-see-published` on find/findOne), and REST writes are
 * checked against the schema first (`global::rest-write-input` on create/update). Strapi
 * wants one route file per API (`src/api/<name>/routes/<name>.ts`, made by its core
 * factory); they all take their config from here. (Strapi loads no `src/routing/`: this is
 * a plain module.)
 *
 * A new object for each router: Strapi writes each route's permission scope into the config
 * it is given, so one shared object would give every type the scope of the last
 * (tests/security/access-control.test.ts caught a token for articles reading book tips).
 */
export function coreRouteConfig() {
  return {
    find: { middlewares: ['global::readers-see-published'] },
    findOne: { middlewares: ['global::readers-see-published'] },
    create: { middlewares: ['global::rest-write-input'] },
    update: { middlewares: ['global::rest-write-input'] },
  };
}
