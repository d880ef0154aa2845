import type { Core } from '@strapi/strapi';
import { createEditorialResponseMiddleware } from './middlewares/editorial-response';
import { guardPreviewUrlRoute } from './preview/preview-permission';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Runs for every matched route, inside the app's global middlewares (errors, database
  // outage), and sees each Content API answer after the core controller sanitized it.
  strapi.server.router.use(createEditorialResponseMiddleware(strapi));
  // Preview links only for those who may read the draft (preview/preview-permission.ts).
  guardPreviewUrlRoute(strapi);
};

export default register;
