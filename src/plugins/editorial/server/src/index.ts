/** Server entry of the `editorial` plugin. */
import register from './register';
import bootstrap from './bootstrap';
import config from './config';
import services from './services';
import controllers from './controllers';
import routes from './routes';
import policies from './policies';

export type { EditorialConfig } from './config';
export * from '../../shared/contracts';

export default {
  register,
  bootstrap,
  config,
  services,
  controllers,
  routes,
  contentTypes: {},
  policies,
  middlewares: {},
};
