/**
 * Editors are German-speaking and not technical: field labels and hints in the content
 * manager are German, and list views show what an editor scans for. Only values still
 * at Strapi's defaults are replaced, so an admin's own layout choices survive restarts.
 */
import type { Core, UID } from '@strapi/strapi';
import { ARTICLE, AUTHOR, BOOK_TIP, CATEGORY, STATISTIC, STUDY, TAG } from '../domain/blog';
import { OUTDATED_AFTER_MONTHS_RANGE as MONTHS } from '../domain/content-rules';

type FieldText = {
  label: string;
  description?: string;
  placeholder?: string;
  /** Earlier texts of ours that were wrong: replaced like Strapi's defaults, an admin's own text is kept. */
  replacesDescriptions?: string[];
  replacesLabels?: string[];
};

interface EditorLayout {
  fields: Record<string, FieldText>;
  listColumns: string[];
  mainField?: string;
  defaultSortBy?: string;
  defaultSortOrder?: 'ASC' | 'DESC';
}

const COMMON: Record<string, FieldText> = {
  id: { label: 'ID' },
  documentId: { label: 'Dokument-ID' },
  createdAt: { label: 'Angelegt am' },
  updatedAt: { label: 'Geändert am' },
  publishedAt: { label: 'Veröffentlicht (technisch)' },
  locale: { label: 'Sprache' },
};

export const EDITOR_LAYOUTS: Record<string, EditorLayout> = {
  [ARTICLE]: {
    mainField: 'title',
    defaultSortBy: 'originallyPublishedAt',
    defaultSortOrder: 'DESC',
    listColumns: ['title', 'category', 'originallyPublishedAt', 'freshness', 'lastReviewedAt'],
    fields: {
      title: { label: 'Titel', description: 'Die Überschrift des Artikels, wie Leserinnen und Leser sie sehen.' },
      slug: {
        label: 'URL-Kürzel',
        description:
          'Teil der Adresse des Artikels. Wird aus dem Titel erzeugt (ü → ue, & → und); nach dem Veröffentlichen besser nicht mehr ändern.',
      },
      excerpt: { label: 'Anreißer', description: 'Zwei, drei Sätze für Übersichten und Teaser (höchstens 600 Zeichen).' },
      cover: { label: 'Titelbild' },
      blocks: {
        label: 'Inhalt',
        description: 'Textblöcke, Statistiken aus Studien, Buchtipps und Zitate in der Reihenfolge, in der sie erscheinen.',
      },
      originallyPublishedAt: {
        label: 'Ursprünglich veröffentlicht am',
        description:
          'Das Datum, das Leser als Veröffentlichungsdatum sehen. Wird beim ersten Veröffentlichen automatisch gesetzt und ändert sich bei späteren Korrekturen nicht.',
      },
      lastReviewedAt: {
        label: 'Zuletzt inhaltlich geprüft am',
        description:
          'Wer den Artikel geprüft hat und ihn noch für aktuell hält, setzt hier das Datum: Der Veraltet-Hinweis startet dann neu.',
      },
      freshness: {
        // Not "Aktualität": that names the overview page in the menu; this field sets the outdated notice.
        label: 'Veraltet-Hinweis',
        replacesLabels: ['Aktualität'],
        description: 'Ob und wann Leser einen Hinweis sehen, dass der Artikel veraltet sein könnte.',
        // The choices now carry their own words (custom field global::freshness-mode).
        replacesDescriptions: [
          'auto: Hinweis „möglicherweise veraltet“ nach Ablauf der Frist. evergreen: nie ein Hinweis. archived: immer ein Archiv-Hinweis.',
        ],
      },
      outdatedAfterMonths: {
        label: 'Veraltet nach (Monaten)',
        description: `Nur ausfüllen, wenn dieser Artikel eine eigene Frist braucht (${MONTHS.min}–${MONTHS.max}). Leer = Vorgabe der Kategorie bzw. der Einstellungen (Aktualität → Einstellungen).`,
        // It named "24 Monate", which is only the default: the threshold in force is in the settings.
        replacesDescriptions: [
          `Nur ausfüllen, wenn dieser Artikel eine eigene Frist braucht (${MONTHS.min}–${MONTHS.max}). Sonst gilt die Frist der Kategorie bzw. die allgemeine Frist (24 Monate).`,
        ],
      },
      owner: {
        label: 'Verantwortlich',
        description:
          'Wer den Artikel inhaltlich betreut: erscheint unter „Meine Artikel“ und bekommt die E-Mail-Zusammenfassung, wenn der Artikel veraltet.',
      },
      category: { label: 'Kategorie' },
      tags: { label: 'Schlagwörter' },
      author: { label: 'Autor/in' },
      related: { label: 'Verwandte Artikel', description: 'Werden unter dem Artikel als Lesetipps gezeigt.' },
      metaTitle: {
        label: 'SEO-Titel',
        description: 'Titel für Suchmaschinen (höchstens 70 Zeichen). Leer lassen, um den Artikeltitel zu verwenden.',
      },
      metaDescription: { label: 'SEO-Beschreibung', description: 'Beschreibung für Suchmaschinen (höchstens 170 Zeichen).' },
    },
  },
  [STUDY]: {
    mainField: 'title',
    defaultSortBy: 'publishedOn',
    defaultSortOrder: 'DESC',
    listColumns: ['title', 'publisher', 'publishedOn', 'sampleSize', 'representative'],
    fields: {
      title: { label: 'Titel der Studie' },
      slug: { label: 'URL-Kürzel' },
      publisher: { label: 'Herausgeber', description: 'Wer die Studie veröffentlicht hat, z. B. ein Verband oder Institut.' },
      publishedOn: { label: 'Veröffentlicht am', description: 'Darf nicht in der Zukunft liegen.' },
      publishedOnPrecision: {
        label: 'Genauigkeit des Datums',
        description: 'day: „4. März 2014“, month: „März 2014“, year: „2014“ – so erscheint das Datum in der Quellenangabe.',
      },
      fieldworkPeriod: { label: 'Befragungszeitraum', description: 'Optional, z. B. „Februar 2014“.' },
      sampleSize: { label: 'Stichprobengröße (n)', description: 'Anzahl der Befragten, eine ganze Zahl größer als 0.' },
      population: { label: 'Grundgesamtheit', description: 'Wer befragt wurde.' },
      representative: { label: 'Repräsentativ' },
      methodology: { label: 'Methode' },
      sourceUrl: { label: 'Quelle im Web', description: 'Vollständige Adresse mit https://.' },
      supersededBy: {
        label: 'Ersetzt durch (neuere Ausgabe)',
        description: 'Gibt es eine neuere Ausgabe dieser Studie, hier verknüpfen: Artikel weisen dann darauf hin.',
      },
      statistics: { label: 'Statistiken aus dieser Studie' },
    },
  },
  [STATISTIC]: {
    mainField: 'label',
    listColumns: ['label', 'value', 'unit', 'study'],
    fields: {
      label: { label: 'Beschriftung', description: 'Was die Zahl aussagt, z. B. „haben ein Team mit fünf bis zehn Personen“.' },
      value: { label: 'Wert', description: 'Prozent: 0–100; Anzahl: ab 0; Anteil: zwischen 0 und der Basis.' },
      unit: { label: 'Einheit', description: 'percent: „13,7 %“, count: „1.024“, share: „2 von 3“ (dann auch die Basis angeben).' },
      base: { label: 'Basis (bei Anteilen)', description: 'Bei „2 von 3“ ist die Basis 3.' },
      qualifier: { label: 'Genauigkeit', description: 'exact, approximately („rund“), atMost („höchstens“), atLeast („mindestens“).' },
      note: { label: 'Anmerkung' },
      study: { label: 'Studie', description: 'Pflichtfeld: aus welcher Studie die Zahl stammt.' },
    },
  },
  [BOOK_TIP]: {
    mainField: 'title',
    listColumns: ['title', 'authors', 'year', 'isbn'],
    fields: {
      title: { label: 'Buchtitel' },
      authors: { label: 'Autorinnen und Autoren', description: 'Mehrere Namen mit Komma trennen.' },
      isbn: {
        label: 'ISBN',
        description: 'Optional. ISBN-10 oder ISBN-13, Bindestriche erlaubt; wird geprüft und als ISBN-13 gespeichert.',
      },
      publisher: { label: 'Verlag' },
      year: { label: 'Erscheinungsjahr' },
      cover: { label: 'Cover' },
      recommendation: { label: 'Unsere Empfehlung' },
      link: { label: 'Link zum Buch', description: 'Vollständige Adresse mit https://.' },
    },
  },
  [CATEGORY]: {
    mainField: 'name',
    listColumns: ['name', 'slug', 'outdatedAfterMonths'],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL-Kürzel' },
      description: { label: 'Beschreibung' },
      outdatedAfterMonths: {
        label: 'Artikel veraltet nach (Monaten)',
        description: `Optional (${MONTHS.min}–${MONTHS.max}): eigene Frist für alle Artikel dieser Kategorie.`,
      },
      articles: { label: 'Artikel' },
    },
  },
  [TAG]: {
    mainField: 'name',
    listColumns: ['name', 'slug'],
    fields: { name: { label: 'Name' }, slug: { label: 'URL-Kürzel' }, articles: { label: 'Artikel' } },
  },
  [AUTHOR]: {
    mainField: 'name',
    listColumns: ['name', 'slug'],
    fields: {
      name: { label: 'Name' },
      slug: { label: 'URL-Kürzel' },
      bio: { label: 'Kurzbiografie' },
      avatar: { label: 'Foto' },
      articles: { label: 'Artikel' },
    },
  },
};

type Metadatas = Record<string, { edit?: Record<string, any>; list?: Record<string, any> }>;

export async function applyEditorLabels(strapi: Core.Strapi): Promise<void> {
  const service = strapi.plugin('content-manager').service('content-types');
  for (const [uid, layout] of Object.entries(EDITOR_LAYOUTS)) {
    const contentType = strapi.contentType(uid as UID.ContentType);
    const configuration = await service.findConfiguration(contentType);
    const metadatas: Metadatas = configuration.metadatas ?? {};
    let changed = false;
    for (const [field, text] of Object.entries({ ...COMMON, ...layout.fields })) {
      const meta = metadatas[field];
      if (!meta) continue;
      // Strapi's default label is the attribute name itself.
      const replaceable = (label: unknown) => label === field || !label || text.replacesLabels?.includes(label as string);
      if (meta.edit && replaceable(meta.edit.label)) {
        meta.edit.label = text.label;
        changed = true;
      }
      if (meta.edit && text.description && (!meta.edit.description || text.replacesDescriptions?.includes(meta.edit.description))) {
        meta.edit.description = text.description;
        changed = true;
      }
      if (meta.list && replaceable(meta.list.label)) {
        meta.list.label = text.label;
        changed = true;
      }
    }
    const settings = configuration.settings ?? {};
    const layouts = configuration.layouts ?? {};
    const store = strapi.store({ type: 'core', name: 'blog' });
    const layoutKey = `editor-layout-applied::${uid}`;
    // List columns and sorting are set once; afterwards they belong to the admins.
    if (!(await store.get({ key: layoutKey }))) {
      layouts.list = layout.listColumns.filter((field) => metadatas[field]);
      if (layout.mainField) settings.mainField = layout.mainField;
      if (layout.defaultSortBy) settings.defaultSortBy = layout.defaultSortBy;
      if (layout.defaultSortOrder) settings.defaultSortOrder = layout.defaultSortOrder;
      changed = true;
      await store.set({ key: layoutKey, value: true });
    }
    if (changed) {
      const { uid: _uid, ...rest } = configuration;
      await service.updateConfiguration(contentType, { ...rest, settings, metadatas, layouts });
    }
  }
}
