import { fireEvent, screen, within } from '@testing-library/react';
import { FreshnessPanelView, type FreshnessPanelViewProps } from '../../../src/plugins/editorial/admin/src/components/FreshnessPanelView';
import { renderInAdmin, type AdminLanguage } from './render';
import { panelData } from './fixtures';

function renderPanel(props: Partial<FreshnessPanelViewProps> = {}, language: AdminLanguage = 'de') {
  const handlers = { onMarkReviewed: jest.fn(), onRetry: jest.fn() };
  renderInAdmin(
    <FreshnessPanelView status="ready" data={panelData()} canMarkReviewed marking={false} {...handlers} {...props} />,
    language,
  );
  return handlers;
}

describe('edit view side panel', () => {
  it('says the state in German, shows the banner as readers see it and the stat blocks', () => {
    const { onMarkReviewed } = renderPanel();
    expect(screen.getByTestId('editorial-state')).toHaveTextContent('Veraltet seit 04.03.2016');
    const banner = screen.getByTestId('editorial-banner');
    expect(banner).toHaveAttribute('role', 'note');
    expect(banner).toHaveTextContent('Dieser Artikel ist über 12 Jahre alt.');
    expect(screen.getByText('Noch nie geprüft')).toBeInTheDocument();
    const block = screen.getByTestId('stat-block-preview');
    expect(block.textContent).toContain('13,7\u00a0%');
    expect(block.textContent).toContain('2 von 3');
    expect(within(block).getByText(/n = 102/)).toBeInTheDocument();
    const notes = within(block).getAllByRole('note');
    expect(notes.map((note) => note.textContent)).toEqual([
      'Anzahlen und Prozentwerte passen nicht auf eine Achse. Deshalb werden die Werte als Kacheln gezeigt.',
      'Die Daten sind über 12 Jahre alt.',
    ]);
    // The chart the plugin drew, which form it is, and the source named once ("Quelle: Quelle:" no more).
    expect(within(block).getByTestId('stat-block-chart').querySelector('svg[role="img"]')).not.toBeNull();
    expect(within(block).getByTestId('stat-block-kind')).toHaveTextContent('Darstellung: Kacheln');
    expect(block.textContent).not.toContain('Quelle: Quelle:');
    expect(block.textContent).toContain('Quelle: Social-Media-Blog (Demo-Agentur)');
    expect(within(block).getByRole('link', { name: /Zur Quelle/ })).toHaveAttribute('href', 'https://example.org/studie');

    const button = screen.getByRole('button', { name: 'Als geprüft markieren' });
    expect(button).toBeEnabled();
    fireEvent.click(button);
    expect(onMarkReviewed).toHaveBeenCalledTimes(1);
  });

  it('names the published follow-up in the banner and below the dates', () => {
    const followUp = { title: 'Social-Media-Budgets steigen', slug: 'budgets', locale: 'de' };
    const base = panelData();
    renderPanel({ data: panelData({ followUp, banner: { ...base.banner!, followUp } }) });
    expect(screen.getByTestId('editorial-banner-follow-up')).toHaveTextContent('Neuere Fassung: Social-Media-Budgets steigen');
    expect(screen.getByTestId('editorial-follow-up')).toHaveTextContent('Folgeartikel: Social-Media-Budgets steigen');
  });

  it('says when there is no published follow-up', () => {
    renderPanel();
    expect(screen.queryByTestId('editorial-banner-follow-up')).toBeNull();
    expect(screen.getByTestId('editorial-follow-up')).toHaveTextContent('Kein veröffentlichter Folgeartikel.');
  });

  it('speaks English for an English-speaking editor', () => {
    renderPanel({}, 'en');
    expect(screen.getByTestId('editorial-state')).toHaveTextContent('Outdated since 4 Mar 2016');
    expect(screen.getByRole('button', { name: 'Mark as reviewed' })).toBeEnabled();
    expect(screen.getByText('Notice as readers see it')).toBeInTheDocument();
  });

  it.each([
    [{ state: 'fresh', outdatedAt: '2026-03-12T10:00:00.000Z', banner: null }, 'Aktuell bis 12.03.2026'],
    [{ state: 'evergreen', freshness: 'evergreen', outdatedAt: null, banner: null }, 'Evergreen – kein Hinweis'],
    [{ state: 'archived', freshness: 'archived' }, 'Archiviert'],
  ] as const)('names the state %#', (overrides, words) => {
    renderPanel({ data: panelData(overrides as any) });
    expect(screen.getByTestId('editorial-state')).toHaveTextContent(words);
  });

  it('without a banner says readers see none', () => {
    renderPanel({ data: panelData({ state: 'fresh', banner: null }) });
    expect(screen.queryByTestId('editorial-banner')).toBeNull();
    expect(screen.getByTestId('editorial-no-banner')).toHaveTextContent('Leser sehen keinen Veraltungshinweis.');
  });

  it('disables the button without the permission, while saving, and before the first publish', () => {
    const { onMarkReviewed } = renderPanel({ canMarkReviewed: false });
    const button = screen.getByRole('button', { name: 'Als geprüft markieren' });
    expect(button).toBeDisabled();
    fireEvent.click(button);
    expect(onMarkReviewed).not.toHaveBeenCalled();
    expect(screen.getByText('Sie dürfen Artikel nicht als geprüft markieren.')).toBeInTheDocument();
  });

  it('shows progress while marking', () => {
    renderPanel({ marking: true });
    expect(screen.getByRole('button', { name: /Wird gespeichert/ })).toBeDisabled();
  });

  it('a draft that was never published cannot be marked and shows no banner', () => {
    renderPanel({ data: panelData({ version: 'draft', state: 'unpublished', banner: null }) });
    expect(screen.getByTestId('editorial-state')).toHaveTextContent('Noch nicht veröffentlicht');
    expect(screen.getByRole('button', { name: 'Als geprüft markieren' })).toBeDisabled();
    expect(screen.getByText('Erst nach dem Veröffentlichen möglich.')).toBeInTheDocument();
  });

  it('loading and error states; retry reloads', () => {
    const { onRetry } = renderPanel({ status: 'error', data: null, error: 'Netzwerkfehler' });
    expect(screen.getByText(/Die Leseransicht konnte nicht geladen werden/)).toHaveTextContent(
      'Die Leseransicht konnte nicht geladen werden. Netzwerkfehler',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Erneut versuchen' }));
    expect(onRetry).toHaveBeenCalled();
  });

  it('shows editor text as text, never as markup', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const data = panelData();
    data.banner!.message = evil;
    data.statBlocks[0] = { ...data.statBlocks[0], heading: evil, figures: [{ ...data.statBlocks[0].figures[0], label: evil }] };
    const { container } = renderInAdmin(
      <FreshnessPanelView status="ready" data={data} canMarkReviewed marking={false} onMarkReviewed={() => {}} onRetry={() => {}} />,
    );
    // The only image is the share preview; an injected one would have src="x".
    expect(container.querySelector('img[src="x"]')).toBeNull();
    expect(screen.getByTestId('editorial-banner')).toHaveTextContent(evil);
  });

  it('shows the image a shared link gets: the generated card, the cover, or none before publishing', () => {
    renderPanel();
    const preview = screen.getByTestId('editorial-share-image');
    expect(within(preview).getByRole('img', { name: 'Erzeugtes Vorschaubild mit Titel und erster Studienzahl' })).toHaveAttribute(
      'src',
      '/artikel/studie/share.png',
    );
    expect(within(preview).getByRole('link', { name: /Bild öffnen/ })).toHaveAttribute('href', '/artikel/studie/share.png');
  });

  it('names a cover as the cover, and says there is no image before the first publish', () => {
    const { unmount } = renderInAdmin(
      <FreshnessPanelView
        status="ready"
        data={panelData({ shareImage: { kind: 'cover', url: '/uploads/cover.png' } })}
        canMarkReviewed
        marking={false}
        onMarkReviewed={() => {}}
        onRetry={() => {}}
      />,
      'en',
    );
    expect(screen.getByRole('img', { name: 'Cover as shown when the article is shared' })).toHaveAttribute('src', '/uploads/cover.png');
    expect(screen.getByText("The article's cover.")).toBeInTheDocument();
    unmount();
    renderPanel({ data: panelData({ version: 'draft', state: 'unpublished', banner: null, shareImage: null }) });
    expect(within(screen.getByTestId('editorial-share-image')).queryByRole('img')).toBeNull();
    expect(screen.getByText(/Erst nach dem Veröffentlichen: das Bild zeigt/)).toBeInTheDocument();
  });
});

describe('edit view side panel: owner and reviews', () => {
  it('names the owner and lists the latest reviews with their notes', () => {
    renderPanel();
    expect(screen.getByTestId('editorial-owner')).toHaveTextContent('Verantwortlich: Mara Müller');
    const reviews = screen.getByTestId('editorial-reviews');
    const items = within(reviews).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('20.11.2026 · Mara Müller');
    expect(items[0]).toHaveTextContent('Zahlen geprüft, Studie 2026 verlinkt');
    expect(items[1]).toHaveTextContent('02.06.2025 · unbekannt');
  });

  it('says when nobody owns the article and nothing was reviewed, in English too', () => {
    renderPanel({ data: panelData({ owner: null, reviews: [] }) }, 'en');
    expect(screen.getByTestId('editorial-owner')).toHaveTextContent('Owner: nobody');
    expect(within(screen.getByTestId('editorial-reviews')).getByText('No review recorded yet.')).toBeInTheDocument();
  });

  it('takes a note for the review, bounded like the server', () => {
    const onNoteChange = jest.fn();
    renderPanel({ note: 'Zahlen', onNoteChange });
    const field = screen.getByLabelText('Notiz zur Prüfung (freiwillig)');
    expect(field).toHaveValue('Zahlen');
    expect(field).toHaveAttribute('maxLength', '280');
    fireEvent.change(field, { target: { value: 'Zahlen geprüft' } });
    expect(onNoteChange).toHaveBeenCalledWith('Zahlen geprüft');
  });

  it('offers no note without the permission to mark reviewed', () => {
    renderPanel({ canMarkReviewed: false, onNoteChange: jest.fn() });
    expect(screen.queryByLabelText('Notiz zur Prüfung (freiwillig)')).toBeNull();
  });
});
