/**
 * The benchmark's "stock": a pristine Strapi 5 app made at bench time in
 * `.tmp/bench/pristine-app`, from this project's content-type and component schemas and
 * nothing else: the core routers, controllers and services of `create-strapi-app`, its
 * default config (middlewares, `api.rest` limits), no code, middleware, plugin or setting of
 * ours. It reads the same benchmark database. `node_modules` is a link to this project's, so
 * it runs the very same Strapi version.
 *
 * With `withEtag`, the app's middlewares also get the standard conditional-GET pair
 * (`koa-conditional-get` + `koa-etag`), so its revalidations are 304s like ours: the fair
 * comparison for our 304 path.
 */
const fs = require('fs');
const path = require('path');

/** Strapi's default middleware list, as `create-strapi-app` writes it. */
const DEFAULT_MIDDLEWARES = [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];

const write = (file, text) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
};

/** The app's custom fields (`global::…`, all labelled enumerations) as plain enumerations. */
function withoutCustomFields(text) {
  const schema = JSON.parse(text);
  for (const [name, attribute] of Object.entries(schema.attributes ?? {})) {
    if (attribute.type !== 'customField') continue;
    if (!Array.isArray(attribute.enum)) throw new Error(`bench: custom field ${attribute.customField} on ${name} is not an enumeration`);
    const { customField: _customField, ...rest } = attribute;
    schema.attributes[name] = { ...rest, type: 'enumeration' };
  }
  return `${JSON.stringify(schema, null, 2)}\n`;
}

/** Creates (or refreshes) the pristine app and returns its directory. */
function makePristineApp({ appDir, workDir, withEtag }) {
  const dir = path.join(workDir, withEtag ? 'pristine-app-etag' : 'pristine-app');
  fs.rmSync(dir, { recursive: true, force: true });
  const own = require(path.join(appDir, 'package.json'));
  const strapiVersion = own.dependencies['@strapi/strapi'];
  write(
    path.join(dir, 'package.json'),
    `${JSON.stringify({ name: 'pristine-blog', private: true, version: '0.0.0', dependencies: { '@strapi/strapi': strapiVersion, '@strapi/plugin-users-permissions': own.dependencies['@strapi/plugin-users-permissions'], 'better-sqlite3': own.dependencies['better-sqlite3'] }, strapi: { uuid: 'pristine-bench' } }, null, 2)}\n`,
  );
  fs.symlinkSync(path.join(appDir, 'node_modules'), path.join(dir, 'node_modules'), 'dir');

  write(
    path.join(dir, 'config', 'server.js'),
    `module.exports = ({ env }) => ({ host: env('HOST', '0.0.0.0'), port: env.int('PORT', 1337), app: { keys: env.array('APP_KEYS') } });\n`,
  );
  write(
    path.join(dir, 'config', 'admin.js'),
    `module.exports = ({ env }) => ({ serveAdminPanel: false, auth: { secret: env('ADMIN_JWT_SECRET') }, apiToken: { salt: env('API_TOKEN_SALT') }, transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } }, secrets: { encryptionKey: env('ENCRYPTION_KEY') } });\n`,
  );
  write(path.join(dir, 'config', 'api.js'), `module.exports = { rest: { defaultLimit: 25, maxLimit: 100, withCount: true } };\n`);
  write(
    path.join(dir, 'config', 'database.js'),
    `module.exports = ({ env }) => ({ connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true } });\n`,
  );
  write(path.join(dir, 'config', 'plugins.js'), `module.exports = () => ({});\n`);
  const middlewares = withEtag
    ? [...DEFAULT_MIDDLEWARES.slice(0, 2), 'global::conditional-get', 'global::etag', ...DEFAULT_MIDDLEWARES.slice(2)]
    : DEFAULT_MIDDLEWARES;
  write(path.join(dir, 'config', 'middlewares.js'), `module.exports = ${JSON.stringify(middlewares, null, 2)};\n`);
  if (withEtag) {
    write(
      path.join(dir, 'src', 'middlewares', 'conditional-get.js'),
      `const conditional = require('koa-conditional-get');\nmodule.exports = () => conditional();\n`,
    );
    write(path.join(dir, 'src', 'middlewares', 'etag.js'), `const etag = require('koa-etag');\nmodule.exports = () => etag();\n`);
  }
  // create-strapi-app ships public/uploads (the local upload provider refuses to start without it).
  write(path.join(dir, 'public', 'uploads', '.gitkeep'), '');
  write(path.join(dir, 'src', 'index.js'), `module.exports = { register() {}, bootstrap() {} };\n`);

  // The schemas (our custom fields as the type they store, as src/custom-fields/base-types.ts
  // does: a pristine app registers none), and the three core files per type that `strapi generate` writes.
  const apiDir = path.join(appDir, 'src', 'api');
  for (const name of fs.readdirSync(apiDir)) {
    const typesDir = path.join(apiDir, name, 'content-types');
    if (!fs.existsSync(typesDir)) continue;
    for (const type of fs.readdirSync(typesDir)) {
      const schema = path.join(typesDir, type, 'schema.json');
      if (!fs.existsSync(schema)) continue;
      write(path.join(dir, 'src', 'api', name, 'content-types', type, 'schema.json'), withoutCustomFields(fs.readFileSync(schema, 'utf8')));
      const uid = `api::${name}.${type}`;
      write(
        path.join(dir, 'src', 'api', name, 'routes', `${type}.js`),
        `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreRouter('${uid}');\n`,
      );
      write(
        path.join(dir, 'src', 'api', name, 'controllers', `${type}.js`),
        `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreController('${uid}');\n`,
      );
      write(
        path.join(dir, 'src', 'api', name, 'services', `${type}.js`),
        `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreService('${uid}');\n`,
      );
    }
  }
  const componentsDir = path.join(appDir, 'src', 'components');
  for (const category of fs.readdirSync(componentsDir)) {
    for (const file of fs.readdirSync(path.join(componentsDir, category))) {
      if (file.endsWith('.json'))
        write(path.join(dir, 'src', 'components', category, file), fs.readFileSync(path.join(componentsDir, category, file), 'utf8'));
    }
  }
  return dir;
}

module.exports = { makePristineApp };
