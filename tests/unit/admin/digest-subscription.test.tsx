import { fireEvent, screen } from '@testing-library/react';
import {
  DigestSubscriptionView,
  type DigestSubscriptionViewProps,
} from '../../../src/plugins/editorial/admin/src/components/DigestSubscriptionView';
import { renderInAdmin, type AdminLanguage } from './render';

const STATUS = {
  subscribed: true,
  mailConfigured: true,
  includeEditorsWithoutArticles: false,
  schedule: '0 7 * * 1',
  timeZone: 'Europe/Berlin',
};

function renderView(props: Partial<DigestSubscriptionViewProps> = {}, language: AdminLanguage = 'de') {
  const handlers = { onSubscribe: jest.fn(), onIncludeEditors: jest.fn() };
  renderInAdmin(<DigestSubscriptionView status={STATUS} error={null} canManage saving={false} {...handlers} {...props} />, language);
  return handlers;
}

describe('e-mail digest card', () => {
  it('lets the user opt out, and a settings manager switch editors without articles on', () => {
    const handlers = renderView();
    expect(screen.getByRole('heading', { name: 'E-Mail-Zusammenfassung' })).toBeInTheDocument();
    const own = screen.getByRole('checkbox', { name: 'E-Mail-Zusammenfassung erhalten' });
    expect(own).toBeChecked();
    fireEvent.click(own);
    expect(handlers.onSubscribe).toHaveBeenCalledWith(false);
    fireEvent.click(screen.getByRole('checkbox', { name: /ohne eigene Artikel/ }));
    expect(handlers.onIncludeEditors).toHaveBeenCalledWith(true);
    expect(screen.queryByText(/kein Mailversand/)).not.toBeInTheDocument();
  });

  it('shows editors only their own switch, in English too, and says when no mail is set up', () => {
    renderView({ canManage: false, status: { ...STATUS, mailConfigured: false } }, 'en');
    expect(screen.getByRole('checkbox', { name: 'Receive the e-mail summary' })).toBeChecked();
    expect(screen.queryByRole('checkbox', { name: /without articles/ })).not.toBeInTheDocument();
    expect(screen.getByText(/no mail delivery \(SMTP\)/)).toBeInTheDocument();
  });

  it('in the freshness page header: the personal switch only', () => {
    renderView({ compact: true, status: { ...STATUS, subscribed: false } });
    expect(screen.getByRole('checkbox', { name: 'E-Mail-Zusammenfassung erhalten' })).not.toBeChecked();
    expect(screen.queryByRole('heading')).not.toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /ohne eigene Artikel/ })).not.toBeInTheDocument();
  });
});
