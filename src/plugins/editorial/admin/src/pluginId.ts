export const PLUGIN_ID = 'editorial';
