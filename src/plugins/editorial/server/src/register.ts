import type { Core } from '@strapi/strapi';
import { createEditorialResponseMiddleware } from './middlewares/editorial-response';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Runs for every matched route, inside the app's global middlewares (errors, database
  // outage), and sees each Content API answer after the core controller sanitized it.
  strapi.server.router.use(createEditorialResponseMiddleware(strapi));
};

export default register;
