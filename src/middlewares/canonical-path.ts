/** `global::canonical-path` (Strapi loads global middlewares from this folder): src/http/canonical-path/middleware.ts. */
export { default } from '../http/canonical-path/middleware';
