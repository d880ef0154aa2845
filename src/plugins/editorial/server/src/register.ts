import type { Core } from '@strapi/strapi';
import { createEditorialResponseMiddleware } from './middlewares/editorial-response';

const register = ({ strapi }: { strapi: Core.Strapi }) => {
  // Wraps the router: sees every Content API answer after the core controller sanitized it.
  strapi.server.use(createEditorialResponseMiddleware(strapi) as any);
};

export default register;
