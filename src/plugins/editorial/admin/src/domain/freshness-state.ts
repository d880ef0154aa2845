/**
 * The freshness state in words, as editors read it in the side panel and the overview:
 * "Aktuell bis 12.03.2026", "Veraltet seit 04.03.2016", "Evergreen – kein Hinweis".
 * Returns a message id and its values; the component formats with react-intl.
 */
import type { DocumentFreshness } from '../../../shared/contracts';

export type PanelState = DocumentFreshness['state'];

export interface StateMessage {
  id: string;
  /** ISO date to show as `{date}`, if the message has one. */
  date: string | null;
  tone: 'success' | 'danger' | 'neutral' | 'secondary' | 'warning';
}

export function stateMessage(state: PanelState, outdatedAt: string | null): StateMessage {
  switch (state) {
    case 'fresh':
      return outdatedAt
        ? { id: 'state.fresh', date: outdatedAt, tone: 'success' }
        : { id: 'state.fresh.undated', date: null, tone: 'success' };
    case 'outdated':
      return { id: 'state.outdated', date: outdatedAt, tone: 'danger' };
    case 'evergreen':
      return { id: 'state.evergreen', date: null, tone: 'secondary' };
    case 'archived':
      return { id: 'state.archived', date: null, tone: 'neutral' };
    case 'unpublished':
      return { id: 'state.unpublished', date: null, tone: 'neutral' };
    default:
      return { id: 'state.undated', date: null, tone: 'warning' };
  }
}

/**
 * `12.03.2026` (de) / `12 Mar 2026` (en) in the blog's time zone. English with the month's
 * name: `04/03/2016` reads as 3 April to half the English-speaking world.
 */
export function formatShortDate(iso: string | null, locale: string, timeZone: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  // A plain calendar date (a study's `YYYY-MM-DD`) is not an instant: never shift it.
  const zone = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? 'UTC' : timeZone;
  const format: Intl.DateTimeFormatOptions = locale.startsWith('de')
    ? { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: zone }
    : { day: 'numeric', month: 'short', year: 'numeric', timeZone: zone };
  return new Intl.DateTimeFormat(locale.startsWith('de') ? 'de-DE' : 'en-GB', format).format(date);
}
