import { fireEvent, screen, within } from '@testing-library/react';
import { FreshnessTable, editViewPath, type FreshnessTableProps } from '../../../src/plugins/editorial/admin/src/components/FreshnessTable';
import { renderInAdmin, type AdminLanguage } from './render';
import { overviewRow } from './fixtures';

const ROWS = [
  overviewRow(),
  overviewRow({
    documentId: 'doc2',
    title: 'Social-Media-Budgets steigen',
    state: 'fresh',
    referenceDate: '2026-11-15T09:00:00.000Z',
    outdatedAt: '2027-01-20T09:00:00.000Z',
    dueSoon: true,
    citesOutdatedStudy: false,
    citesSuperseded: true,
    oldestStudyOn: '2026-09-01',
    oldestStudyAgeYears: 0,
  }),
  overviewRow({
    documentId: 'doc3',
    title: 'Was macht ein Social Media Manager?',
    state: 'evergreen',
    freshness: 'evergreen',
    outdatedAt: null,
    oldestStudyOn: null,
    oldestStudyAgeYears: null,
    citesOutdatedStudy: false,
    owner: null,
  }),
];

function renderTable(props: Partial<FreshnessTableProps> = {}, language: AdminLanguage = 'de') {
  const handlers = { onToggle: jest.fn(), onToggleAll: jest.fn() };
  renderInAdmin(
    <FreshnessTable
      rows={ROWS}
      contentType="api::article.article"
      timeZone="Europe/Berlin"
      selected={new Set()}
      canSelect
      {...handlers}
      {...props}
    />,
    language,
  );
  return handlers;
}

describe('freshness table', () => {
  it('lists each article with its state in words, dates, study age and flags', () => {
    renderTable();
    const rows = screen.getAllByTestId('freshness-row');
    expect(rows).toHaveLength(3);
    expect(within(rows[0]).getByTestId('freshness-state')).toHaveTextContent('Veraltet seit 04.03.2016');
    expect(rows[0]).toHaveTextContent('04.03.2014');
    expect(rows[0]).toHaveTextContent('älteste 01.02.2014 (12 Jahre)');
    expect(within(rows[0]).getByText('alt')).toBeInTheDocument();
    expect(within(rows[1]).getByTestId('freshness-state')).toHaveTextContent('Aktuell bis 20.01.2027');
    expect(within(rows[1]).getByText('bald fällig')).toBeInTheDocument();
    expect(within(rows[1]).getByText('neuere Ausgabe')).toBeInTheDocument();
    expect(within(rows[2]).getByTestId('freshness-state')).toHaveTextContent('Evergreen – kein Hinweis');
    expect(rows[2]).toHaveTextContent('keine');
  });

  it('names each article\'s owner ("Verantwortlich"), a dash for nobody', () => {
    renderTable();
    expect(within(screen.getAllByRole('row')[0]).getByText('Verantwortlich')).toBeInTheDocument();
    expect(screen.getAllByTestId('freshness-owner').map((cell) => cell.textContent)).toEqual(['Mara Müller', 'Mara Müller', '–']);
  });

  it('links each title to the article in the content manager, in its locale', () => {
    renderTable();
    const link = screen.getByRole('link', { name: /Öffnen: Studie: Social Media Manager/ });
    expect(link).toHaveAttribute('href', '/content-manager/collection-types/api::article.article/doc1?plugins[i18n][locale]=de');
    expect(editViewPath('api::article.article', 'x', null)).toBe('/content-manager/collection-types/api::article.article/x');
  });

  it('selects rows one by one and all at once', () => {
    const { onToggle, onToggleAll } = renderTable();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Auswählen: Social-Media-Budgets steigen' }));
    expect(onToggle).toHaveBeenCalledWith('doc2', true);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Alle auf dieser Seite auswählen' }));
    expect(onToggleAll).toHaveBeenCalledWith(true);
  });

  it('shows the selection, and a half-checked header when some rows are selected', () => {
    renderTable({ selected: new Set(['doc1']) });
    expect(screen.getByRole('checkbox', { name: /Auswählen: Studie/ })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('checkbox', { name: 'Alle auf dieser Seite auswählen' })).toHaveAttribute('aria-checked', 'mixed');
  });

  it('has no checkboxes for someone who may only read', () => {
    renderTable({ canSelect: false });
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
  });

  it('says so when nothing matches', () => {
    renderTable({ rows: [] });
    expect(screen.getByText('Keine Artikel für diesen Filter.')).toBeInTheDocument();
  });

  it('speaks English', () => {
    renderTable({}, 'en');
    expect(screen.getByText('State')).toBeInTheDocument();
    // The state names its date; no second column repeats it.
    expect(screen.queryByText('Outdated since / due on')).toBeNull();
    expect(screen.getAllByTestId('freshness-state')[0]).toHaveTextContent('Outdated since 4 Mar 2016');
    expect(screen.getByText('newer edition')).toBeInTheDocument();
  });
});
