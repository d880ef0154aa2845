/** `global::compression` (Strapi loads global middlewares from this folder): src/http/compression/middleware.ts. */
export { default } from '../http/compression/middleware';
