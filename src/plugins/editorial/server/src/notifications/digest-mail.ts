/**
 * The e-mail digest's text: subject, a plain-text body that reads well on its own (many
 * editors' mail clients show it, and it is what screen readers and filters see) and the
 * same content as HTML, in German or English. Pure; every dynamic value in the HTML is
 * escaped and every link passes the http(s) check.
 */
import { DUE_SOON_DAYS, type StaleKind } from '../freshness/stale-entry';
import { escapeHtml, safeHttpUrl } from '../domain/html';
import { dateTimeFormat } from '../../../shared/intl-formatters';

export type MailLanguage = 'de' | 'en';

export interface DigestItem {
  title: string | null;
  /** The entry's locale (shown, since one article has a version per language); null: not localized. */
  locale: string | null;
  kind: StaleKind;
  outdatedAt: Date;
  /** Absolute link to the entry's edit view in the admin. */
  editUrl: string;
}

export interface DigestMailInput {
  language: MailLanguage;
  recipientName: string;
  /** `owned`: the recipient's own entries; `unowned`: entries nobody is responsible for. */
  scope: 'owned' | 'unowned';
  /** Outdated since the previous digest, each listed. */
  newlyOutdated: DigestItem[];
  /** Outdated within the next DUE_SOON_DAYS, each listed. */
  dueSoon: DigestItem[];
  /** Outdated already before the previous digest: only counted, with a link to the list. */
  olderOutdated: number;
  olderOutdatedUrl: string;
  /** The freshness overview ("Aktualität"), where the recipient also unsubscribes. */
  overviewUrl: string;
  timeZone: string;
}

export interface DigestMail {
  subject: string;
  text: string;
  html: string;
}

interface Words {
  subject(newly: number, dueSoon: number): string;
  greeting(name: string): string;
  intro: Record<DigestMailInput['scope'], string>;
  newlyHeading(count: number): string;
  dueSoonHeading(count: number): string;
  outdatedSince(date: string): string;
  dueOn(date: string): string;
  edit: string;
  untitled: string;
  older(count: number): string;
  olderLink: string;
  overview: string;
  why: Record<DigestMailInput['scope'], string>;
  unsubscribe: string;
  dateLocale: string;
  dateStyle: Intl.DateTimeFormatOptions;
}

const articles = (count: number, language: MailLanguage) =>
  language === 'de' ? `${count} Artikel` : `${count} ${count === 1 ? 'article' : 'articles'}`;

const WORDS: Record<MailLanguage, Words> = {
  de: {
    subject: (newly, dueSoon) =>
      `Aktualität: ${[
        newly > 0 && `${articles(newly, 'de')} neu veraltet`,
        dueSoon > 0 && `${newly > 0 ? dueSoon : articles(dueSoon, 'de')} bald fällig`,
      ]
        .filter(Boolean)
        .join(', ')}`,
    greeting: (name) => `Guten Tag ${name},`,
    intro: {
      owned: 'hier ist Ihre Zusammenfassung zur Aktualität der Artikel, für die Sie verantwortlich sind.',
      unowned: 'hier ist Ihre Zusammenfassung zur Aktualität der Artikel, für die niemand verantwortlich ist.',
    },
    newlyHeading: (count) => `Seit der letzten Zusammenfassung veraltet (${count})`,
    dueSoonHeading: (count) => `Bald fällig, in den nächsten ${DUE_SOON_DAYS} Tagen (${count})`,
    outdatedSince: (date) => `veraltet seit ${date}`,
    dueOn: (date) => `fällig am ${date}`,
    edit: 'Bearbeiten',
    untitled: '(ohne Titel)',
    older: (count) => `Schon länger veraltet: ${articles(count, 'de')}.`,
    olderLink: 'Liste',
    overview: 'Alle Artikel in der Übersicht „Aktualität“',
    why: {
      owned: 'Sie erhalten diese E-Mail, weil Sie für Artikel verantwortlich sind.',
      unowned: 'Sie erhalten diese E-Mail, weil die Zusammenfassung auch an Redakteurinnen und Redakteure ohne eigene Artikel geht.',
    },
    unsubscribe: 'Abbestellen: in der Verwaltung unter „Aktualität“, Schalter „E-Mail-Zusammenfassung“.',
    dateLocale: 'de-DE',
    dateStyle: { day: 'numeric', month: 'long', year: 'numeric' },
  },
  en: {
    subject: (newly, dueSoon) =>
      `Freshness: ${[
        newly > 0 && `${articles(newly, 'en')} newly outdated`,
        dueSoon > 0 && `${newly > 0 ? dueSoon : articles(dueSoon, 'en')} due soon`,
      ]
        .filter(Boolean)
        .join(', ')}`,
    greeting: (name) => `Hello ${name},`,
    intro: {
      owned: 'here is your summary of the freshness of the articles you are responsible for.',
      unowned: 'here is your summary of the freshness of the articles nobody is responsible for.',
    },
    newlyHeading: (count) => `Outdated since the last summary (${count})`,
    dueSoonHeading: (count) => `Due soon, within the next ${DUE_SOON_DAYS} days (${count})`,
    outdatedSince: (date) => `outdated since ${date}`,
    dueOn: (date) => `due ${date}`,
    edit: 'Edit',
    untitled: '(untitled)',
    older: (count) => `Outdated for longer: ${articles(count, 'en')}.`,
    olderLink: 'List',
    overview: 'All articles in the “Freshness” overview',
    why: {
      owned: 'You get this e-mail because you are responsible for articles.',
      unowned: 'You get this e-mail because the summary also goes to editors without articles of their own.',
    },
    unsubscribe: 'Unsubscribe: in the admin under “Freshness”, switch “E-mail summary”.',
    // Day, short month, year: unambiguous for every English reader (not 04/03/2016).
    dateLocale: 'en-GB',
    dateStyle: { day: 'numeric', month: 'short', year: 'numeric' },
  },
};

function itemLines(item: DigestItem, words: Words, formatDate: (d: Date) => string) {
  const title = item.title?.trim() || words.untitled;
  const label = item.locale ? `${title} [${item.locale.toUpperCase()}]` : title;
  const when = item.kind === 'outdated' ? words.outdatedSince(formatDate(item.outdatedAt)) : words.dueOn(formatDate(item.outdatedAt));
  return { label, when };
}

/** A link, or only its text when the URL is not an absolute http(s) one. */
function link(url: string, text: string): string {
  const href = safeHttpUrl(url);
  return href ? `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

export function composeDigestMail(input: DigestMailInput): DigestMail {
  const words = WORDS[input.language];
  const format = dateTimeFormat(words.dateLocale, { ...words.dateStyle, timeZone: input.timeZone });
  const formatDate = (date: Date) => format.format(date);
  const sections = [
    { heading: words.newlyHeading(input.newlyOutdated.length), items: input.newlyOutdated },
    { heading: words.dueSoonHeading(input.dueSoon.length), items: input.dueSoon },
  ].filter((section) => section.items.length > 0);

  const text: string[] = [words.greeting(input.recipientName), '', words.intro[input.scope], ''];
  for (const section of sections) {
    text.push(`${section.heading}:`, '');
    for (const item of section.items) {
      const { label, when } = itemLines(item, words, formatDate);
      text.push(`- ${label}`, `  ${when}`, `  ${words.edit}: ${item.editUrl}`, '');
    }
  }
  if (input.olderOutdated > 0) text.push(`${words.older(input.olderOutdated)} ${words.olderLink}: ${input.olderOutdatedUrl}`, '');
  text.push(`${words.overview}: ${input.overviewUrl}`, '', '-- ', words.why[input.scope], words.unsubscribe, '');

  const html: string[] = [
    `<!DOCTYPE html><html lang="${input.language}"><head><meta charset="utf-8"><title>${escapeHtml(words.subject(input.newlyOutdated.length, input.dueSoon.length))}</title></head>`,
    '<body style="font-family:sans-serif;line-height:1.5;color:#212134">',
    `<p>${escapeHtml(words.greeting(input.recipientName))}</p>`,
    `<p>${escapeHtml(words.intro[input.scope])}</p>`,
  ];
  for (const section of sections) {
    html.push(`<h2 style="font-size:1.1em">${escapeHtml(section.heading)}</h2>`, '<ul>');
    for (const item of section.items) {
      const { label, when } = itemLines(item, words, formatDate);
      html.push(`<li>${link(item.editUrl, label)} – ${escapeHtml(when)}</li>`);
    }
    html.push('</ul>');
  }
  if (input.olderOutdated > 0)
    html.push(`<p>${escapeHtml(words.older(input.olderOutdated))} ${link(input.olderOutdatedUrl, words.olderLink)}</p>`);
  html.push(
    `<p>${link(input.overviewUrl, words.overview)}</p>`,
    `<hr><p style="font-size:0.9em;color:#666687">${escapeHtml(words.why[input.scope])}<br>${escapeHtml(words.unsubscribe)}</p>`,
    '</body></html>',
  );

  return {
    subject: words.subject(input.newlyOutdated.length, input.dueSoon.length),
    text: text.join('\n'),
    html: html.join('\n'),
  };
}
