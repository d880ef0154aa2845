/**
 * What editors read for each value of "Veraltet-Hinweis", in German and English (the admin's
 * translations, registered in src/admin/app.tsx). The stored values stay auto, evergreen,
 * archived.
 */
export const FRESHNESS_MODE_MESSAGES = {
  de: {
    'freshness-mode.label': 'Veraltet-Hinweis',
    'freshness-mode.description': 'Ob und wann Leser einen Hinweis sehen, dass der Artikel veraltet sein könnte.',
    'freshness-mode.auto': 'Automatisch: Hinweis nach Ablauf der Frist',
    'freshness-mode.evergreen': 'Evergreen: nie ein Hinweis',
    'freshness-mode.archived': 'Archiviert: immer ein Archiv-Hinweis',
    'freshness-mode.placeholder': 'Bitte wählen',
  },
  en: {
    'freshness-mode.label': 'Outdated notice',
    'freshness-mode.description': 'Whether and when readers see a notice that the article may be outdated.',
    'freshness-mode.auto': 'Automatic: notice once the threshold has passed',
    'freshness-mode.evergreen': 'Evergreen: never a notice',
    'freshness-mode.archived': 'Archived: always an archive notice',
    'freshness-mode.placeholder': 'Please choose',
  },
} as const;

export type FreshnessModeMessageId = keyof (typeof FRESHNESS_MODE_MESSAGES)['de'];
