/**
 * The demo blog: a German social-media-marketing blog whose 2014 survey post is old enough
 * to carry the outdated banner (docs/content-and-api.md, "Demo content"). Prose is our own; the 2014 survey's
 * facts and figures are the ones the agency published. Everything else (the recent study,
 * the books, the author) is recognisably demo data.
 *
 * The import (seed-demo.ts) finds each document by a natural key, so it is idempotent:
 * slug + locale for articles, studies, categories, tags and the author; the label + locale
 * for statistics; the title + locale for book tips. `key` only lets this file refer to a
 * statistic or book tip from an article.
 */

/** `en`: the English localization (same slug, so a category keeps one URL key in both languages). */
export interface DemoCategory {
  slug: string;
  name: string;
  description: string;
  outdatedAfterMonths?: number;
  en?: { name: string; description: string };
}
export interface DemoTag {
  slug: string;
  name: string;
}
export interface DemoAuthor {
  slug: string;
  name: string;
  bio: string;
}

export interface DemoStudy {
  slug: string;
  de: { title: string; population: string; methodology: string; fieldworkPeriod?: string };
  en?: { title: string; population: string; methodology: string; fieldworkPeriod?: string };
  publisher: string;
  /** An ISO date, or months before the seeding day (first of that month): a recent study stays recent. */
  publishedOn: string | { monthsAgo: number };
  publishedOnPrecision: 'day' | 'month' | 'year';
  sampleSize: number;
  representative: boolean;
  sourceUrl?: string;
}

export interface DemoStatistic {
  key: string;
  study: string;
  de: { label: string; note?: string };
  en?: { label: string; note?: string };
  value: number;
  unit: 'percent' | 'count' | 'share';
  base?: number;
  qualifier?: 'exact' | 'approximately' | 'atMost' | 'atLeast';
  /** Key of the statistic this one continues in an earlier edition (the same question asked again). */
  continues?: string;
}

export interface DemoBookTip {
  key: string;
  title: string;
  authors: string;
  publisher: string;
  year: number;
  recommendation: string;
  link: string;
  /** The English localization, for the English translation of the book-tip article. */
  en?: { title: string; recommendation: string };
}

export type DemoBlock =
  | { kind: 'text'; body: string }
  | { kind: 'stats'; heading?: string; display?: 'auto' | 'bars' | 'tiles' | 'pictogram' | 'compare'; statistics: string[] }
  | { kind: 'books'; heading?: string; bookTips: string[] }
  | { kind: 'quote'; text: string; source?: string };

export interface DemoArticle {
  slug: string;
  locale: 'de' | 'en';
  /** For a translation: the slug of the German article it translates. */
  translates?: string;
  title: string;
  excerpt: string;
  /** An ISO date, or a number of days before the seeding day (recent posts stay recent). */
  published: string | { daysAgo: number };
  freshness?: 'auto' | 'evergreen' | 'archived';
  category: string;
  tags: string[];
  related?: string[];
  /** Slug of the German article whose version in this locale is the newer one (relation `followUp`). */
  followUp?: string;
  metaDescription?: string;
  blocks: DemoBlock[];
}

export const categories: DemoCategory[] = [
  {
    slug: 'studien',
    name: 'Studien',
    description: 'Umfragen und Studien rund um Social Media Marketing, kurz eingeordnet.',
    en: { name: 'Studies', description: 'Surveys and studies on social media marketing, briefly put into context.' },
  },
  {
    slug: 'berufsbild',
    name: 'Berufsbild',
    description: 'Was Social Media Manager tun, können und brauchen.',
    en: { name: 'Job profile', description: 'What social media managers do, know and need.' },
  },
  {
    slug: 'buchtipps',
    name: 'Buchtipps',
    description: 'Bücher, die wir Social-Media-Profis empfehlen.',
    outdatedAfterMonths: 36,
    en: { name: 'Book tips', description: 'Books we recommend to social media professionals.' },
  },
  {
    slug: 'events',
    name: 'Events',
    description: 'Veranstaltungen, Infoabende und Konferenzen.',
    outdatedAfterMonths: 12,
    en: { name: 'Events', description: 'Events, information evenings and conferences.' },
  },
];

export const tags: DemoTag[] = [
  { slug: 'umfrage', name: 'Umfrage' },
  { slug: 'social-media-manager', name: 'Social Media Manager' },
  { slug: 'unternehmenskommunikation', name: 'Unternehmenskommunikation' },
  { slug: 'employer-branding', name: 'Employer Branding' },
  { slug: 'weiterbildung', name: 'Weiterbildung' },
];

export const author: DemoAuthor = {
  slug: 'lena-hartmann',
  name: 'Lena Hartmann',
  bio: 'Demo-Autorin: schreibt über Social Media Marketing, Studien und das Berufsbild Social Media Manager.',
};

export const studies: DemoStudy[] = [
  {
    slug: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: {
      title: 'Social Media Manager in deutschen Unternehmen 2014',
      population:
        'Social Media Manager in deutschen Unternehmen, darunter Siemens, Bertelsmann, Stadtwerke, Sparkassen, Volks- und Raiffeisenbanken und die Deutsche Bahn.',
      methodology: 'Online-Befragung, nicht repräsentativ; die Teilnehmenden wurden über Fachgruppen und Netzwerke angesprochen.',
      fieldworkPeriod: 'Februar 2014',
    },
    en: {
      title: 'Social media managers in German companies 2014',
      population:
        'Social media managers in German companies, among them Siemens, Bertelsmann, municipal utilities, savings banks, cooperative banks and Deutsche Bahn.',
      methodology: 'Online survey, not representative; participants were reached through professional groups and networks.',
      fieldworkPeriod: 'February 2014',
    },
    publisher: 'Social-Media-Blog (Demo-Agentur)',
    publishedOn: '2014-02-01',
    publishedOnPrecision: 'month',
    sampleSize: 102,
    representative: false,
  },
  {
    slug: 'social-media-budget-monitor-demo',
    de: {
      title: 'Social-Media-Budget-Monitor (Demo-Studie)',
      population: 'Marketingverantwortliche in deutschen Unternehmen ab 50 Beschäftigten (Demo-Daten).',
      methodology: 'Erfundene Demo-Studie für die Beispielinhalte dieses Blogs: gewichtete Online-Befragung.',
    },
    publisher: 'Demo-Institut für Marktforschung',
    publishedOn: { monthsAgo: 2 },
    publishedOnPrecision: 'month',
    sampleSize: 1024,
    representative: true,
    sourceUrl: 'https://example.org/demo-studie/social-media-budget-monitor',
  },
];

export const statistics: DemoStatistic[] = [
  {
    key: 'smm2014-team-hoechstens-fuenf',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'der Befragten arbeiten in einem Social-Media-Team mit höchstens fünf Personen' },
    en: { label: 'of respondents work in a social media team of at most five people' },
    value: 2,
    unit: 'share',
    base: 3,
  },
  {
    key: 'smm2014-team-einzelperson',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'sagen: Das „Team“ ist in der Praxis eine einzige Person' },
    en: { label: 'say the “team” is in practice a single employee' },
    value: 80,
    unit: 'percent',
  },
  {
    key: 'smm2014-team-fuenf-bis-zehn',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'haben ein Team mit fünf bis zehn Personen' },
    en: { label: 'have a team of five to ten people' },
    value: 13.7,
    unit: 'percent',
  },
  {
    key: 'smm2014-ziel-kundenbeziehung',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'nennen Kundenbeziehungsmanagement als Hauptziel' },
    en: { label: 'name customer relationship management as their main goal' },
    value: 9,
    unit: 'percent',
  },
  {
    key: 'smm2014-ziel-employer-branding',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'nennen Employer Branding als Hauptziel' },
    en: { label: 'name employer branding as their main goal' },
    value: 8,
    unit: 'percent',
  },
  {
    key: 'smm2014-ziel-vertrieb',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'nennen Vertrieb als Hauptziel' },
    en: { label: 'name sales as their main goal' },
    value: 7,
    unit: 'percent',
  },
  {
    key: 'smm2014-prioritaet-pr-marketing',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: { label: 'Befragten sehen PR und Marketing als oberste Priorität' },
    en: { label: 'respondents see PR and marketing as the top priority' },
    value: 8,
    unit: 'share',
    base: 10,
  },
  {
    key: 'smm2014-herausforderung-eigenes-unternehmen',
    study: 'social-media-manager-in-deutschen-unternehmen-2014',
    de: {
      label: 'müssen vor allem das eigene Unternehmen überzeugen („institutional readiness“ ist die größte Herausforderung)',
    },
    en: { label: 'must above all convince their own company (“institutional readiness” is the biggest challenge)' },
    value: 29,
    unit: 'percent',
  },
  {
    key: 'budget-monitor-eigenes-budget',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'der Unternehmen haben ein eigenes Social-Media-Budget (Demo-Wert)' },
    value: 64.5,
    unit: 'percent',
  },
  {
    key: 'budget-monitor-budget-steigt',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'Unternehmen wollen ihr Social-Media-Budget im nächsten Jahr erhöhen (Demo-Wert)' },
    value: 3,
    unit: 'share',
    base: 4,
    qualifier: 'approximately',
  },
  {
    key: 'budget-monitor-teamgroesse',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'Personen umfasst das Social-Media-Team im Median (Demo-Wert)' },
    value: 3,
    unit: 'count',
  },
  // Three questions of the 2014 survey asked again, with made-up demo values, so the
  // 2026 article can compare editions (relation `continues`).
  {
    key: 'budget-monitor-team-einzelperson',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'sagen: Das „Team“ ist in der Praxis eine einzige Person (Demo-Wert)' },
    value: 64,
    unit: 'percent',
    continues: 'smm2014-team-einzelperson',
  },
  {
    key: 'budget-monitor-team-fuenf-bis-zehn',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'haben ein Team mit fünf bis zehn Personen (Demo-Wert)' },
    value: 21.5,
    unit: 'percent',
    continues: 'smm2014-team-fuenf-bis-zehn',
  },
  {
    key: 'budget-monitor-ziel-kundenbeziehung',
    study: 'social-media-budget-monitor-demo',
    de: { label: 'nennen Kundenbeziehungsmanagement als Hauptziel (Demo-Wert)' },
    value: 17,
    unit: 'percent',
    continues: 'smm2014-ziel-kundenbeziehung',
  },
];

export const bookTips: DemoBookTip[] = [
  {
    key: 'demo-buch-strategie',
    title: 'Social Media Strategie für Einsteiger (Demo-Buch)',
    authors: 'Erika Mustermann',
    publisher: 'Beispielverlag (Demo)',
    year: 2013,
    recommendation:
      'Ein fiktives Demo-Buch: Es führt Schritt für Schritt von den Zielen eines Unternehmens zu einer Social-Media-Strategie, die sich messen lässt.',
    link: 'https://example.org/demo-buecher/social-media-strategie',
    en: {
      title: 'Social media strategy for beginners (demo book)',
      recommendation:
        'A fictitious demo book: step by step from a company’s goals to a social media strategy whose success can be measured.',
    },
  },
  {
    key: 'demo-buch-community',
    title: 'Community Management im Alltag (Demo-Buch)',
    authors: 'Max Mustermann, Erika Mustermann',
    publisher: 'Beispielverlag (Demo)',
    year: 2012,
    recommendation:
      'Fiktives Demo-Buch über die tägliche Arbeit mit Fans, Kritikern und Fragen: mit Antwortvorlagen und Eskalationsplänen.',
    link: 'https://example.org/demo-buecher/community-management',
    en: {
      title: 'Community management day to day (demo book)',
      recommendation:
        'Fictitious demo book about the daily work with fans, critics and questions, with reply templates and escalation plans.',
    },
  },
  {
    key: 'demo-buch-recht',
    title: 'Recht im Social Web (Demo-Buch)',
    authors: 'Dr. Paula Beispiel',
    publisher: 'Musterverlag (Demo)',
    year: 2013,
    recommendation:
      'Fiktives Demo-Buch zu Impressumspflicht, Bildrechten und Gewinnspielen: was Social Media Manager wissen sollten, bevor sie posten.',
    link: 'https://example.org/demo-buecher/recht-im-social-web',
    en: {
      title: 'The law on the social web (demo book)',
      recommendation:
        'Fictitious demo book on legal notices, image rights and competitions: what social media managers should know before they post.',
    },
  },
  {
    key: 'demo-buch-content',
    title: 'Content, der gelesen wird (Demo-Buch)',
    authors: 'Jonas Probe',
    publisher: 'Musterverlag (Demo)',
    year: 2011,
    recommendation: 'Fiktives Demo-Buch über Redaktionspläne, Formate und Storytelling für Unternehmensseiten.',
    link: 'https://example.org/demo-buecher/content-der-gelesen-wird',
    en: {
      title: 'Content that gets read (demo book)',
      recommendation: 'Fictitious demo book about editorial calendars, formats and storytelling for company pages.',
    },
  },
  {
    key: 'demo-buch-messen',
    title: 'Erfolg messen in sozialen Netzwerken (Demo-Buch)',
    authors: 'Sara Test',
    publisher: 'Beispielverlag (Demo)',
    year: 2013,
    recommendation: 'Fiktives Demo-Buch über Kennzahlen, Monitoring-Werkzeuge und Berichte, die auch die Geschäftsführung versteht.',
    link: 'https://example.org/demo-buecher/erfolg-messen',
    en: {
      title: 'Measuring success in social networks (demo book)',
      recommendation: 'Fictitious demo book about metrics, monitoring tools and reports that management understands too.',
    },
  },
];

export const MAIN_ARTICLE_SLUG = 'studie-social-media-manager-kleine-teams-viele-ziele';

export const articles: DemoArticle[] = [
  {
    slug: '5-buchtipps-fuer-social-media-manager',
    locale: 'de',
    title: '5 Buchtipps für Social Media Manager',
    excerpt:
      'Der Beruf ist gefragt, doch viele, die Social Media Manager werden wollen, wissen nicht genau, welche Aufgaben und Voraussetzungen sie erwarten. Deshalb empfehlen wir fünf Bücher für den Einstieg.',
    published: '2013-12-10T09:00:00.000Z',
    category: 'buchtipps',
    tags: ['social-media-manager', 'weiterbildung'],
    blocks: [
      {
        kind: 'text',
        body: `Social Media Manager ist ein gefragter Beruf. Wer ihn ergreifen will, fragt sich aber oft: Was erwartet mich eigentlich, und was sollte ich mitbringen?

Fünf Bücher helfen beim Einstieg. (Die Titel in diesen Beispielinhalten sind Demo-Einträge.)`,
      },
      {
        kind: 'books',
        heading: 'Unsere Empfehlungen',
        bookTips: ['demo-buch-strategie', 'demo-buch-community', 'demo-buch-recht', 'demo-buch-content', 'demo-buch-messen'],
      },
    ],
  },
  {
    slug: 'studie-social-media-in-der-versicherungsbranche',
    locale: 'de',
    title: 'Studie: Social Media in der Versicherungsbranche',
    excerpt:
      'Wir haben hier schon die Facebook-Kampagnen eines Versicherers gelobt. Diesmal werfen wir einen analytischen Blick darauf, wie die Versicherungsbranche soziale Netzwerke nutzt.',
    published: '2013-11-12T09:00:00.000Z',
    category: 'studien',
    tags: ['umfrage', 'unternehmenskommunikation'],
    blocks: [
      {
        kind: 'text',
        body: `Versicherungen gelten nicht als Branche, die man gern liked. Umso spannender ist die Frage, wie Versicherer soziale Netzwerke einsetzen: als Servicekanal, für die Marke oder im Vertrieb.

## Vom Lob zur Analyse
Einzelne Kampagnen haben gezeigt, was möglich ist. Der Blick auf die ganze Branche zeigt aber auch, wie unterschiedlich die Unternehmen aufgestellt sind.`,
      },
    ],
  },
  {
    slug: 'infoabend-zum-berufsbild-social-media-manager',
    locale: 'de',
    title: 'Infoabend zum Berufsbild Social Media Manager',
    excerpt:
      'Soziale Netzwerke verändern das Online-Marketing und seine Berufe. In den letzten zwei Jahren hat sich für die vielen Aufgaben der Community-Arbeit eine Berufsbezeichnung herausgebildet.',
    published: '2014-01-20T09:00:00.000Z',
    category: 'events',
    tags: ['social-media-manager', 'weiterbildung'],
    blocks: [
      {
        kind: 'text',
        body: `Soziale Netzwerke verändern das Online-Marketing und die Berufe darin. Für die vielen Aufgaben rund um die Community-Arbeit hat sich in den letzten zwei Jahren eine eigene Berufsbezeichnung herausgebildet: Social Media Manager.

## Was Sie am Infoabend erwartet
- Aufgaben und Alltag im Social Media Management
- Voraussetzungen und Wege in den Beruf
- Ihre Fragen an Menschen aus der Praxis`,
      },
    ],
  },
  {
    slug: 'studie-interne-unternehmenskommunikation-durch-social-media',
    locale: 'de',
    title: 'Studie: Interne Unternehmenskommunikation durch Social Media',
    excerpt:
      'Dass die externe Kommunikation von Social Media profitiert, ist unbestritten. Kann auch die interne Kommunikation davon profitieren?',
    published: '2013-09-17T09:00:00.000Z',
    category: 'studien',
    tags: ['unternehmenskommunikation'],
    blocks: [
      {
        kind: 'text',
        body: `Kundinnen und Kunden erreichen Unternehmen längst über soziale Netzwerke. Doch wie steht es um die Kommunikation nach innen? Wikis, interne Netzwerke und Blogs versprechen schnellere Wege und mehr Austausch.

Ob das gelingt, hängt weniger an der Technik als an der Kultur: Wer intern teilen soll, muss wissen, dass Teilen erwünscht ist.`,
      },
    ],
  },
  {
    slug: 'was-macht-eigentlich-ein-social-media-manager',
    locale: 'de',
    title: 'Was macht eigentlich ein Social Media Manager?',
    excerpt: 'Redaktion, Community, Analyse und Beratung: ein Überblick über die Aufgaben, der unabhängig vom Jahr gilt.',
    published: '2012-05-15T09:00:00.000Z',
    freshness: 'evergreen',
    category: 'berufsbild',
    tags: ['social-media-manager'],
    blocks: [
      {
        kind: 'text',
        body: `Social Media Manager planen Inhalte, sprechen mit der Community, werten aus, was funktioniert, und beraten ihr Unternehmen. Die Werkzeuge wechseln, diese vier Aufgaben bleiben.

## Die vier Aufgaben
- Redaktion: Themen finden, Beiträge planen und schreiben
- Community: zuhören, antworten, moderieren
- Analyse: Kennzahlen lesen und Schlüsse ziehen
- Beratung: Fachabteilungen und Geschäftsführung mitnehmen`,
      },
      { kind: 'quote', text: 'Social Media ist kein Kanal, sondern eine Haltung.', source: 'Ein Satz, den wir in Workshops oft hören' },
    ],
  },
  {
    slug: MAIN_ARTICLE_SLUG,
    locale: 'de',
    title: 'Studie: Social Media Manager – kleine Teams, viele Ziele',
    excerpt:
      'Wir haben 102 Social Media Manager in deutschen Unternehmen befragt. Die Teams sind klein, die Ziele zahlreich, und die größte Hürde steht im eigenen Haus.',
    published: '2014-03-04T00:00:00.000Z',
    category: 'studien',
    tags: ['umfrage', 'social-media-manager', 'employer-branding'],
    metaDescription: 'Umfrage unter 102 Social Media Managern: kleine Teams, viele Ziele, die größte Hürde im eigenen Unternehmen.',
    followUp: 'social-media-budgets-steigen-teams-bleiben-klein',
    related: [
      '5-buchtipps-fuer-social-media-manager',
      'studie-social-media-in-der-versicherungsbranche',
      'infoabend-zum-berufsbild-social-media-manager',
      'studie-interne-unternehmenskommunikation-durch-social-media',
    ],
    blocks: [
      {
        kind: 'text',
        body: `Im Februar 2014 haben wir Social Media Manager in deutschen Unternehmen gefragt, wie sie arbeiten. 102 haben geantwortet, von Konzernen wie Siemens, Bertelsmann und der Deutschen Bahn bis zu Stadtwerken, Sparkassen sowie Volks- und Raiffeisenbanken. Repräsentativ ist die Umfrage nicht, aufschlussreich schon.

## Das Team ist klein
Wer an eine Social-Media-Abteilung denkt, stellt sich oft ein Großraumbüro vor. Die Wirklichkeit sieht anders aus.`,
      },
      {
        kind: 'stats',
        heading: 'So groß sind Social-Media-Teams',
        display: 'bars',
        statistics: ['smm2014-team-hoechstens-fuenf', 'smm2014-team-einzelperson', 'smm2014-team-fuenf-bis-zehn'],
      },
      {
        kind: 'text',
        body: `## Die Ziele sind viele
Ein kleines Team soll vieles zugleich leisten: Kundenbeziehungen pflegen, die Arbeitgebermarke stärken und den Vertrieb unterstützen. Kein einzelnes Ziel dominiert, an der Spitze stehen aber PR und Marketing.`,
      },
      {
        kind: 'stats',
        heading: 'Hauptziele der Social-Media-Arbeit',
        statistics: [
          'smm2014-ziel-kundenbeziehung',
          'smm2014-ziel-employer-branding',
          'smm2014-ziel-vertrieb',
          'smm2014-prioritaet-pr-marketing',
        ],
      },
      {
        kind: 'text',
        body: `## Die größte Hürde steht im eigenen Haus
Nicht Budget oder Technik bremsen am stärksten, sondern das eigene Unternehmen: Viele Social Media Manager müssen erst intern überzeugen, bevor sie nach außen wirken können.`,
      },
      { kind: 'stats', statistics: ['smm2014-herausforderung-eigenes-unternehmen'] },
      {
        kind: 'text',
        body: `## Unser Fazit
Markenkommunikation in sozialen Netzwerken ist ein dauerhafter Dialog und endet nicht mit dem Verkauf. Das Berufsbild Social Media Manager etabliert sich langsam. Am besten funktioniert es dort, wo Geschäftsführung und Belegschaft an einem Strang ziehen.`,
      },
      {
        kind: 'quote',
        text: 'Social Media endet nicht mit dem Verkauf, dort fängt der Dialog erst an.',
        source: 'Fazit unserer Umfrage 2014',
      },
    ],
  },
  {
    slug: 'social-media-budgets-steigen-teams-bleiben-klein',
    locale: 'de',
    title: 'Social-Media-Budgets steigen, die Teams bleiben klein',
    excerpt:
      'Eine aktuelle (Demo-)Studie zeigt: Unternehmen geben mehr für Social Media aus, doch die Teams wachsen kaum. Ein Vergleich mit unserer Umfrage von 2014.',
    published: { daysAgo: 12 },
    category: 'studien',
    tags: ['umfrage', 'social-media-manager'],
    related: [MAIN_ARTICLE_SLUG],
    blocks: [
      {
        kind: 'text',
        body: `Mehr Geld, aber kaum mehr Köpfe: Das ist das Bild, das der Social-Media-Budget-Monitor zeichnet. (Die Studie ist eine Demo-Studie dieser Beispielinhalte.)`,
      },
      {
        kind: 'stats',
        heading: 'Budgets und Teams heute',
        display: 'tiles',
        statistics: ['budget-monitor-eigenes-budget', 'budget-monitor-teamgroesse'],
      },
      { kind: 'stats', heading: 'Mehr Budget im nächsten Jahr', display: 'pictogram', statistics: ['budget-monitor-budget-steigt'] },
      {
        kind: 'text',
        body: `Schon 2014 bestand das Social-Media-Team in vielen Unternehmen aus einer einzigen Person. Der Budget-Monitor hat drei Fragen unserer Umfrage von 2014 noch einmal gestellt: Der Vergleich zeigt, was sich seitdem verändert hat.`,
      },
      {
        kind: 'stats',
        heading: 'Zum Vergleich: 2014 und heute',
        display: 'compare',
        statistics: ['budget-monitor-team-einzelperson', 'budget-monitor-team-fuenf-bis-zehn', 'budget-monitor-ziel-kundenbeziehung'],
      },
    ],
  },
  {
    slug: 'der-erste-monat-als-social-media-manager',
    locale: 'de',
    title: 'Der erste Monat als Social Media Manager: eine Checkliste',
    excerpt: 'Zugänge klären, zuhören, Ziele vereinbaren: was in den ersten vier Wochen im neuen Job wirklich zählt.',
    published: { daysAgo: 40 },
    category: 'berufsbild',
    tags: ['social-media-manager', 'weiterbildung'],
    blocks: [
      {
        kind: 'text',
        body: `Der erste Monat entscheidet, ob Social Media im Unternehmen als Projekt oder als Aufgabe gesehen wird.

## Die Checkliste
- Woche 1: Zugänge, Passwörter und Zuständigkeiten klären
- Woche 2: zuhören, was die Community schon über das Unternehmen sagt
- Woche 3: Ziele mit der Geschäftsführung vereinbaren
- Woche 4: einen Redaktionsplan für drei Monate vorlegen`,
      },
    ],
  },
  // English translations: the same blocks in the same order as the German articles.
  {
    slug: '5-book-tips-for-social-media-managers',
    locale: 'en',
    translates: '5-buchtipps-fuer-social-media-manager',
    title: '5 book tips for social media managers',
    excerpt:
      'The job is in demand, yet many who want to become social media managers are unsure which tasks and prerequisites await them. That is why we recommend five books to get started.',
    published: '2013-12-10T09:00:00.000Z',
    category: 'buchtipps',
    tags: ['social-media-manager', 'weiterbildung'],
    blocks: [
      {
        kind: 'text',
        body: `Social media manager is a job in demand. Anyone who wants to take it up often wonders: what actually awaits me, and what should I bring along?

Five books help you get started. (The titles in this sample content are demo entries.)`,
      },
      {
        kind: 'books',
        heading: 'Our recommendations',
        bookTips: ['demo-buch-strategie', 'demo-buch-community', 'demo-buch-recht', 'demo-buch-content', 'demo-buch-messen'],
      },
    ],
  },
  {
    slug: 'study-social-media-in-the-insurance-industry',
    locale: 'en',
    translates: 'studie-social-media-in-der-versicherungsbranche',
    title: 'Study: social media in the insurance industry',
    excerpt:
      'We have praised an insurer’s Facebook campaigns here before. This time we take an analytical look at how the insurance industry uses social networks.',
    published: '2013-11-12T09:00:00.000Z',
    category: 'studien',
    tags: ['umfrage', 'unternehmenskommunikation'],
    blocks: [
      {
        kind: 'text',
        body: `Insurance is not an industry people like to like. That makes it all the more interesting how insurers use social networks: as a service channel, for the brand or in sales.

## From praise to analysis
Individual campaigns have shown what is possible. A look at the whole industry, however, also shows how differently the companies are set up.`,
      },
    ],
  },
  {
    slug: 'information-evening-on-the-social-media-manager-job',
    locale: 'en',
    translates: 'infoabend-zum-berufsbild-social-media-manager',
    title: 'Information evening on the social media manager job',
    excerpt:
      'Social networks are changing online marketing and its jobs. Over the last two years, a job title has emerged for the many tasks of community work.',
    published: '2014-01-20T09:00:00.000Z',
    category: 'events',
    tags: ['social-media-manager', 'weiterbildung'],
    blocks: [
      {
        kind: 'text',
        body: `Social networks are changing online marketing and the jobs in it. Over the last two years, the many tasks around community work have found a job title of their own: social media manager.

## What to expect at the information evening
- Tasks and everyday work in social media management
- Prerequisites and ways into the job
- Your questions to people who do the job`,
      },
    ],
  },
  {
    slug: 'study-internal-corporate-communication-through-social-media',
    locale: 'en',
    translates: 'studie-interne-unternehmenskommunikation-durch-social-media',
    title: 'Study: internal corporate communication through social media',
    excerpt: 'Nobody doubts that external communication profits from social media. Can internal communication profit too?',
    published: '2013-09-17T09:00:00.000Z',
    category: 'studien',
    tags: ['unternehmenskommunikation'],
    blocks: [
      {
        kind: 'text',
        body: `Companies have long reached their customers through social networks. But what about communication within? Wikis, internal networks and blogs promise shorter paths and more exchange.

Whether that works depends less on the technology than on the culture: people asked to share internally need to know that sharing is wanted.`,
      },
    ],
  },
  {
    slug: 'survey-social-media-managers-small-teams-many-goals',
    locale: 'en',
    translates: MAIN_ARTICLE_SLUG,
    title: 'Survey: social media managers – small teams, many goals',
    excerpt:
      'We asked 102 social media managers in German companies how they work. Their teams are small, their goals many, and the biggest obstacle sits inside their own company.',
    published: '2014-03-04T00:00:00.000Z',
    category: 'studien',
    tags: ['umfrage', 'social-media-manager', 'employer-branding'],
    metaDescription: 'Survey of 102 social media managers: small teams, many goals, and the biggest obstacle inside their own company.',
    related: [
      '5-buchtipps-fuer-social-media-manager',
      'studie-social-media-in-der-versicherungsbranche',
      'infoabend-zum-berufsbild-social-media-manager',
      'studie-interne-unternehmenskommunikation-durch-social-media',
    ],
    blocks: [
      {
        kind: 'text',
        body: `In February 2014 we asked social media managers in German companies how they work. 102 answered, from corporations such as Siemens, Bertelsmann and Deutsche Bahn to municipal utilities, savings banks and cooperative banks. The survey is not representative, but it is revealing.

## The team is small
Think of a social media department and you may picture an open-plan office full of people. Reality looks different.`,
      },
      {
        kind: 'stats',
        heading: 'How big social media teams are',
        display: 'bars',
        statistics: ['smm2014-team-hoechstens-fuenf', 'smm2014-team-einzelperson', 'smm2014-team-fuenf-bis-zehn'],
      },
      {
        kind: 'text',
        body: `## The goals are many
A small team is expected to do many things at once: care for customer relationships, strengthen the employer brand and support sales. No single goal dominates, but PR and marketing come first.`,
      },
      {
        kind: 'stats',
        heading: 'Main goals of social media work',
        statistics: [
          'smm2014-ziel-kundenbeziehung',
          'smm2014-ziel-employer-branding',
          'smm2014-ziel-vertrieb',
          'smm2014-prioritaet-pr-marketing',
        ],
      },
      {
        kind: 'text',
        body: `## The biggest obstacle is inside the company
It is not budget or technology that holds them back most, but their own company: many social media managers first have to win people over internally before they can make an impact outside.`,
      },
      { kind: 'stats', statistics: ['smm2014-herausforderung-eigenes-unternehmen'] },
      {
        kind: 'text',
        body: `## Our conclusion
Brand communication in social networks is a lasting dialogue and does not end with the sale. The social media manager’s job profile is slowly becoming established. It works best where management and staff pull together.`,
      },
      {
        kind: 'quote',
        text: 'Social media does not end with the sale; that is where the dialogue begins.',
        source: 'Conclusion of our 2014 survey',
      },
    ],
  },
];
