/**
 * The editorial plugin's public module: the rules the app shares with the plugin. App files
 * import from here (and from `../shared/`), never from `server/src/…`, so the plugin's
 * inside can move without breaking the app, and what the app relies on is listed in one place.
 */
export { isReaderStrategy, READER_STRATEGIES } from './src/domain/reader';
export { contentTypeOfHandler } from './src/domain/route-handler';
export { DOCUMENT_ID, isDocumentId } from './src/domain/document-id';
export { currentDefaultLocale } from './src/i18n/default-locale';
