/** `global::reader-site` (Strapi loads global middlewares from this folder): src/reader-site/middleware.ts. */
export { default } from '../reader-site/middleware';
