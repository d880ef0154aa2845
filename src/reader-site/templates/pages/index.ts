/** The reader's pages, one file each; the document around them is `../document.ts`. */
export type { Page, PageRequest } from './page';
export { homePage } from './home';
export { articlePage } from './article';
export { categoryPage } from './category';
export { searchPage } from './search';
export { studyPage } from './study';
export { notFoundPage, unreachablePage } from './status';
