/** Renders admin components the way the admin panel does: theme, translations, router. */
import * as React from 'react';
import { render } from '@testing-library/react';
import { DesignSystemProvider } from '@strapi/design-system';
import { IntlProvider } from 'react-intl';
import { MemoryRouter } from 'react-router-dom';
import de from '../../../src/plugins/editorial/admin/src/translations/de.json';
import en from '../../../src/plugins/editorial/admin/src/translations/en.json';
import { prefixPluginTranslations } from '../../../src/plugins/editorial/admin/src/translations/prefix';

export type AdminLanguage = 'de' | 'en';
const MESSAGES: Record<AdminLanguage, Record<string, string>> = {
  de: prefixPluginTranslations(de, 'editorial'),
  en: prefixPluginTranslations(en, 'editorial'),
};

export function renderInAdmin(ui: React.ReactElement, language: AdminLanguage = 'de') {
  return render(
    <IntlProvider
      locale={language}
      messages={MESSAGES[language]}
      defaultLocale="de"
      onError={(error) => {
        throw error;
      }}
    >
      <DesignSystemProvider locale={language}>
        <MemoryRouter future={{ v7_startTransition: true, v7_relativeSplatPath: true }}>{ui}</MemoryRouter>
      </DesignSystemProvider>
    </IntlProvider>,
  );
}

export { MESSAGES };
