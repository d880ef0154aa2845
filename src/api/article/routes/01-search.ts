/**
 * `GET /api/articles/search?q=…&locale=…&page=…&pageSize=…`: published articles whose
 * title, excerpt or block text contain every word of `q` (src/search/search-text.ts).
 * The file name sorts before `article.ts`, so this route is matched before the core
 * router's `/articles/:id` would take "search" for a documentId.
 */
export default {
  routes: [
    {
      method: 'GET',
      path: '/articles/search',
      handler: 'api::article.article.search',
      // Not `global::readers-see-published`: it would turn a reader's `status=draft` into
      // `published` silently; the search refuses it (and every unknown parameter) with a 400.
      config: {},
    },
  ],
};
