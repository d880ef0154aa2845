/** What the reader site says, per language; German is the default. */
export type ReaderLanguage = 'de' | 'en';

const TEXTS = {
  de: {
    skip: 'Zum Inhalt springen',
    homeTitle: 'Alle Artikel',
    homeIntro: 'Studien, das Berufsbild Social Media Manager, Buchtipps und Events.',
    categories: 'Kategorien',
    allCategories: 'Alle',
    outdatedMarker: (years: number) => `über ${years} ${years === 1 ? 'Jahr' : 'Jahre'} alt`,
    readMore: 'Weiterlesen',
    published: (date: string) => `Veröffentlicht am ${date}`,
    reviewed: (date: string) => `Zuletzt geprüft am ${date}`,
    by: (name: string) => `von ${name}`,
    noticeLabel: 'Hinweis',
    related: 'Das könnte Sie auch interessieren',
    source: 'Quelle',
    toSource: 'zur Quelle',
    toBook: 'Zum Buch',
    noArticles: 'Keine Artikel gefunden.',
    previous: 'Neuere Artikel',
    next: 'Ältere Artikel',
    pageOf: (page: number, count: number) => `Seite ${page} von ${count}`,
    pagination: 'Seitennavigation',
    notFoundTitle: 'Seite nicht gefunden',
    notFoundText: 'Diesen Artikel gibt es nicht (mehr). Vielleicht finden Sie auf der Startseite, was Sie suchen.',
    toHome: 'Zur Startseite',
    unreachableTitle: 'Der Blog ist gerade nicht erreichbar',
    unreachableText: 'Die Inhalte konnten nicht geladen werden. Bitte versuchen Sie es in einigen Minuten erneut.',
    retry: 'Erneut versuchen',
    previewMarker: 'Vorschau',
    previewText: 'So sieht der Entwurf nach dem Veröffentlichen aus. Diese Seite ist nicht öffentlich.',
    previewExpiredTitle: 'Vorschau abgelaufen',
    previewExpiredText: 'Dieser Vorschau-Link ist abgelaufen oder ungültig. Öffnen Sie die Vorschau erneut aus dem Admin-Bereich.',
    otherLanguage: 'English version',
    feed: 'RSS-Feed',
    siteNavigation: 'Sprache und Feeds',
    footer: 'Ein Blog über Social Media Marketing.',
    search: 'Suche',
    searchLabel: 'Artikel durchsuchen',
    searchSubmit: 'Suchen',
    searchIntro: 'Durchsucht Titel, Auszüge und Texte aller Artikel. Groß- und Kleinschreibung sind egal, „für“ findet auch „fuer“.',
    searchResults: (count: number, query: string) => `${count} Treffer für „${query}“`,
    searchLength: 'Bitte geben Sie 2 bis 100 Zeichen mit mindestens einem Buchstaben oder einer Ziffer ein.',
    searchNothing: 'Versuchen Sie ein anderes oder ein kürzeres Wort.',
    categoryIntro: (name: string) => `Alle Artikel der Kategorie ${name}.`,
    writtenBy: 'Geschrieben von',
  },
  en: {
    skip: 'Skip to content',
    homeTitle: 'All articles',
    homeIntro: 'Studies, the social media manager’s job, book tips and events.',
    categories: 'Categories',
    allCategories: 'All',
    outdatedMarker: (years: number) => `over ${years} ${years === 1 ? 'year' : 'years'} old`,
    readMore: 'Read more',
    published: (date: string) => `Published on ${date}`,
    reviewed: (date: string) => `Last reviewed on ${date}`,
    by: (name: string) => `by ${name}`,
    noticeLabel: 'Notice',
    related: 'You might also like',
    source: 'Source',
    toSource: 'to the source',
    toBook: 'About the book',
    noArticles: 'No articles found.',
    previous: 'Newer articles',
    next: 'Older articles',
    pageOf: (page: number, count: number) => `Page ${page} of ${count}`,
    pagination: 'Pagination',
    notFoundTitle: 'Page not found',
    notFoundText: 'This article does not exist (any more). The home page may have what you are looking for.',
    toHome: 'To the home page',
    unreachableTitle: 'The blog cannot be reached right now',
    unreachableText: 'The content could not be loaded. Please try again in a few minutes.',
    retry: 'Try again',
    previewMarker: 'Preview',
    previewText: 'This is how the draft will look once published. This page is not public.',
    previewExpiredTitle: 'Preview expired',
    previewExpiredText: 'This preview link has expired or is invalid. Open the preview again from the admin panel.',
    otherLanguage: 'Deutsche Fassung',
    feed: 'RSS feed',
    siteNavigation: 'Language and feeds',
    footer: 'A blog about social media marketing.',
    search: 'Search',
    searchLabel: 'Search the articles',
    searchSubmit: 'Search',
    searchIntro: 'Searches the titles, excerpts and text of all articles. Case does not matter, and “für” also finds “fuer”.',
    searchResults: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    searchLength: 'Please enter 2 to 100 characters with at least one letter or digit.',
    searchNothing: 'Try another or a shorter word.',
    categoryIntro: (name: string) => `All articles in ${name}.`,
    writtenBy: 'Written by',
  },
};

export type Texts = (typeof TEXTS)['de'];

export function textsFor(locale: string): Texts {
  return TEXTS[locale === 'en' ? 'en' : 'de'];
}

/** `4. März 2014` / `4 March 2014`, in the blog's time zone. */
export function readerDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'de-DE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Berlin' }).format(date);
}
