import { fireEvent, render, screen } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { FreshnessModeSelect } from '../../../src/admin/custom-fields/FreshnessModeSelect';
import { FRESHNESS_MODE_MESSAGES } from '../../../src/admin/custom-fields/freshness-mode-labels';

function renderSelect(language: 'de' | 'en', value: string | null, onChange = jest.fn()) {
  render(
    <IntlProvider
      locale={language}
      messages={FRESHNESS_MODE_MESSAGES[language]}
      onError={(error) => {
        throw error;
      }}
    >
      <DesignSystemProvider locale={language}>
        <FreshnessModeSelect
          name="freshness"
          label="Veraltet-Hinweis"
          values={['auto', 'evergreen', 'archived']}
          value={value}
          onChange={onChange}
        />
      </DesignSystemProvider>
    </IntlProvider>,
  );
  return onChange;
}

describe('"Veraltet-Hinweis" with labels instead of raw values', () => {
  it('shows the stored value in words and offers every choice in German', () => {
    const onChange = renderSelect('de', 'auto');
    const select = screen.getByRole('combobox', { name: 'Veraltet-Hinweis' });
    expect(select).toHaveTextContent('Automatisch: Hinweis nach Ablauf der Frist');
    fireEvent.keyDown(select, { key: 'Enter' });
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual([
      'Automatisch: Hinweis nach Ablauf der Frist',
      'Evergreen: nie ein Hinweis',
      'Archiviert: immer ein Archiv-Hinweis',
    ]);
    expect(options.join(' ')).not.toMatch(/\bauto\b|\barchived\b/);
    fireEvent.keyDown(screen.getByRole('option', { name: 'Evergreen: nie ein Hinweis' }), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('evergreen');
  });

  it('speaks English, and stores the same values', () => {
    const onChange = renderSelect('en', 'archived');
    const select = screen.getByRole('combobox', { name: 'Veraltet-Hinweis' });
    expect(select).toHaveTextContent('Archived: always an archive notice');
    fireEvent.keyDown(select, { key: 'Enter' });
    fireEvent.keyDown(screen.getByRole('option', { name: 'Automatic: notice once the threshold has passed' }), { key: 'Enter' });
    expect(onChange).toHaveBeenCalledWith('auto');
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(FRESHNESS_MODE_MESSAGES.en).sort()).toEqual(Object.keys(FRESHNESS_MODE_MESSAGES.de).sort());
  });
});
