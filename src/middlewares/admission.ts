/** `global::admission` (Strapi loads global middlewares from this folder): src/http/admission/middleware.ts. */
export { default } from '../http/admission/middleware';
