/** `global::response-cache` (Strapi loads global middlewares from this folder): src/http/response-cache/middleware.ts. */
export { default } from '../http/response-cache/middleware';
