import * as React from 'react';
import { fireEvent, screen, within } from '@testing-library/react';
import { SettingsForm } from '../../../src/plugins/editorial/admin/src/components/SettingsForm';
import {
  fieldErrorsFromServer,
  formFromSettings,
  settingsInputFromForm,
  validateSettingsForm,
  type SettingsFormValues,
} from '../../../src/plugins/editorial/admin/src/domain/settings-form';
import { DEFAULT_BANNER_TEMPLATES } from '../../../src/plugins/editorial/shared/banner-message';
import { renderInAdmin, type AdminLanguage } from './render';

const SETTINGS = {
  outdatedAfterMonths: 24,
  studyOutdatedAfterMonths: 24,
  bannerTemplates: DEFAULT_BANNER_TEMPLATES,
  maxAge: 300,
  timeZone: 'Europe/Berlin',
  contentTypes: ['api::article.article'],
};
const INITIAL = formFromSettings(
  {
    settings: SETTINGS,
    saved: null,
    defaults: SETTINGS,
    categories: [
      { documentId: 'cat1', name: 'Studien', outdatedAfterMonths: null },
      { documentId: 'cat2', name: 'Events', outdatedAfterMonths: 12 },
    ],
  },
  ['de', 'en'],
);

/** The page's behaviour without the network: validate on change, submit only valid forms. */
function Harness({
  onSave,
  saving = false,
  canSave = true,
}: {
  onSave: (values: SettingsFormValues) => void;
  saving?: boolean;
  canSave?: boolean;
}) {
  const [values, setValues] = React.useState(INITIAL);
  const [errors, setErrors] = React.useState({});
  return (
    <SettingsForm
      values={values}
      errors={errors}
      dirty={JSON.stringify(values) !== JSON.stringify(INITIAL)}
      saving={saving}
      canSave={canSave}
      timeZone="Europe/Berlin"
      onChange={(next) => {
        setValues(next);
        setErrors(validateSettingsForm(next));
      }}
      onSubmit={() => {
        const problems = validateSettingsForm(values);
        setErrors(problems);
        if (Object.keys(problems).length === 0) onSave(values);
      }}
    />
  );
}

const renderForm = (props: Partial<React.ComponentProps<typeof Harness>> = {}, language: AdminLanguage = 'de') => {
  const onSave = jest.fn();
  renderInAdmin(<Harness onSave={onSave} {...props} />, language);
  return onSave;
};

describe('settings form', () => {
  it('shows the current values; Save stays disabled until something changes', () => {
    renderForm();
    expect(screen.getByLabelText('Artikel veraltet nach (Monate)')).toHaveValue('24');
    expect(screen.getByLabelText('Events (Monate)')).toHaveValue('12');
    expect(screen.getByLabelText('Studien (Monate)')).toHaveValue('');
    const save = screen.getByRole('button', { name: 'Speichern' });
    expect(save).toBeDisabled();
    fireEvent.change(screen.getByLabelText('Artikel veraltet nach (Monate)'), { target: { value: '36' } });
    expect(save).toBeEnabled();
  });

  it('shows an invalid threshold inline and never saves it', () => {
    const onSave = renderForm();
    const input = screen.getByLabelText('Artikel veraltet nach (Monate)');
    fireEvent.change(input, { target: { value: '0' } });
    expect(screen.getByText('Bitte eine ganze Zahl von 1 bis 240 Monaten eingeben.')).toBeInTheDocument();
    expect(input).toHaveAttribute('aria-invalid', 'true');
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(onSave).not.toHaveBeenCalled();
    expect(input).toHaveFocus();

    fireEvent.change(input, { target: { value: '30' } });
    expect(screen.queryByText('Bitte eine ganze Zahl von 1 bis 240 Monaten eingeben.')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(onSave).toHaveBeenCalledTimes(1);
  });

  it('checks category thresholds and banner templates too', () => {
    renderForm();
    fireEvent.change(screen.getByLabelText('Studien (Monate)'), { target: { value: 'zwölf' } });
    expect(screen.getByText('Bitte eine ganze Zahl von 1 bis 240 Monaten eingeben.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Text bei mehreren Jahren (DE)'), { target: { value: 'Über {jahre} alt' } });
    expect(screen.getByText('Unbekannter Platzhalter „{jahre}“. Erlaubt: {years}, {date}, {outdatedSince}.')).toBeInTheDocument();
    fireEvent.change(screen.getByLabelText('Text für archivierte Artikel (EN)'), { target: { value: '  ' } });
    expect(screen.getByText('Der Text darf nicht leer sein.')).toBeInTheDocument();
  });

  it('previews the banner live as the template is edited', () => {
    renderForm();
    expect(screen.getByTestId('preview-de')).toHaveTextContent('Dieser Artikel ist über 3 Jahre alt.');
    fireEvent.change(screen.getByLabelText('Text bei mehreren Jahren (DE)'), { target: { value: 'Achtung: {years} Jahre alt!' } });
    expect(screen.getByTestId('preview-de')).toHaveTextContent('Achtung: 3 Jahre alt!');
    expect(screen.getByTestId('preview-en')).toHaveTextContent('This article is over 3 years old.');
  });

  it('inserts placeholders at the cursor with a click, and the preview follows', () => {
    renderForm();
    const area = screen.getByLabelText('Text bei mehreren Jahren (DE)') as HTMLTextAreaElement;
    fireEvent.change(area, { target: { value: 'Seit  veraltet.' } });
    area.setSelectionRange(5, 5);
    const groups = within(screen.getByTestId('templates-de')).getAllByRole('group', { name: 'Platzhalter einfügen' });
    fireEvent.click(within(groups[1]).getByRole('button', { name: 'Platzhalter „veraltet seit“ einfügen' }));
    expect(area.value).toBe('Seit {outdatedSince} veraltet.');
    expect(screen.getByTestId('preview-de').textContent).toMatch(/Seit \d{1,2}\. \S+ \d{4} veraltet\./);
  });

  it('button states: saving, and no permission', () => {
    renderForm({ saving: true });
    expect(screen.getByRole('button', { name: /Wird gespeichert/ })).toBeDisabled();
  });

  it('cannot be saved without the settings permission', () => {
    renderForm({ canSave: false });
    fireEvent.change(screen.getByLabelText('Artikel veraltet nach (Monate)'), { target: { value: '36' } });
    expect(screen.getByRole('button', { name: 'Speichern' })).toBeDisabled();
  });

  it('speaks English', () => {
    renderForm({}, 'en');
    fireEvent.change(screen.getByLabelText('Articles outdated after (months)'), { target: { value: '-1' } });
    expect(screen.getByText('Enter a whole number of months from 1 to 240.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save' })).toBeInTheDocument();
  });
});

describe('settings form data', () => {
  it('sends numbers, and an empty category threshold as null', () => {
    const input = settingsInputFromForm({
      ...INITIAL,
      outdatedAfterMonths: ' 30 ',
      categories: [{ documentId: 'cat1', name: 'Studien', months: '' }],
    });
    expect(input.outdatedAfterMonths).toBe(30);
    expect(input.categoryThresholds).toEqual([{ documentId: 'cat1', outdatedAfterMonths: null }]);
    expect(input.bannerTemplates?.de.one).toBe(DEFAULT_BANNER_TEMPLATES.de.one);
  });

  it('rejects fractions, huge numbers and negative seconds', () => {
    expect(
      Object.keys(validateSettingsForm({ ...INITIAL, outdatedAfterMonths: '1.5', maxAge: '-1', studyOutdatedAfterMonths: '241' })).sort(),
    ).toEqual(['maxAge', 'outdatedAfterMonths', 'studyOutdatedAfterMonths']);
    expect(validateSettingsForm(INITIAL)).toEqual({});
  });

  it('puts server field errors on their fields', () => {
    expect(fieldErrorsFromServer([{ path: ['categoryThresholds', '0', 'outdatedAfterMonths'], message: 'must be …' }])).toEqual({
      'categoryThresholds.0.outdatedAfterMonths': { id: 'error.server', text: 'must be …' },
    });
  });
});
