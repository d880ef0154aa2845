import { PLUGIN_ID } from '../pluginId';

/** Translation ids are prefixed with the plugin id (see `registerTrads`). */
export const getTranslation = (id: string) => `${PLUGIN_ID}.${id}`;
