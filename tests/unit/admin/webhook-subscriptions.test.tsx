import { fireEvent, screen, within } from '@testing-library/react';
import {
  WebhookSubscriptionsView,
  type WebhookSubscriptionsViewProps,
} from '../../../src/plugins/editorial/admin/src/components/WebhookSubscriptionsView';
import { renderInAdmin, type AdminLanguage } from './render';

const HOOKS = [
  { id: '1', name: 'Redaktions-Chat', url: 'https://chat.example.org/hook', isEnabled: true, events: ['editorial.outdated'] },
  { id: '2', name: 'Ticket-System', url: 'https://tickets.example.org/in', isEnabled: false, events: [] },
];

function renderView(props: Partial<WebhookSubscriptionsViewProps> = {}, language: AdminLanguage = 'de') {
  const handlers = { onToggle: jest.fn(), onScan: jest.fn() };
  renderInAdmin(
    <WebhookSubscriptionsView webhooks={HOOKS} error={null} canManage savingId={null} scanning={false} {...handlers} {...props} />,
    language,
  );
  return handlers;
}

describe('webhook subscriptions on the settings page', () => {
  it('shows each webhook with the two events it can get, checked as subscribed', () => {
    renderView();
    const items = screen.getAllByTestId('editorial-webhook');
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Redaktions-Chat');
    expect(within(items[0]).getByRole('checkbox', { name: 'Artikel veraltet' })).toBeChecked();
    expect(within(items[0]).getByRole('checkbox', { name: 'Artikel bald fällig' })).not.toBeChecked();
    expect(items[1]).toHaveTextContent('ausgeschaltet');
  });

  it('reports a toggle with the webhook and event, and runs a scan on demand', () => {
    const { onToggle, onScan } = renderView();
    fireEvent.click(within(screen.getAllByTestId('editorial-webhook')[1]).getByRole('checkbox', { name: 'Artikel bald fällig' }));
    expect(onToggle).toHaveBeenCalledWith(HOOKS[1], 'editorial.due-soon', true);
    fireEvent.click(screen.getByRole('button', { name: 'Jetzt prüfen' }));
    expect(onScan).toHaveBeenCalledTimes(1);
  });

  it("points to Strapi's webhook page when there is none, in English too", () => {
    renderView({ webhooks: [] }, 'en');
    expect(screen.getByText('No webhook yet.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Create one under Settings → Webhooks/ })).toHaveAttribute('href', '/admin/settings/webhooks');
  });

  it('disables the checkboxes of the webhook being saved', () => {
    renderView({ savingId: '1' });
    const first = screen.getAllByTestId('editorial-webhook')[0];
    for (const box of within(first).getAllByRole('checkbox')) expect(box).toBeDisabled();
  });
});
