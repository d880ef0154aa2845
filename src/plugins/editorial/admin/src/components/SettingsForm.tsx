/**
 * Settings → "Aktualität & Hinweise", as plain props: thresholds, per-category thresholds,
 * banner texts per locale with placeholder buttons and a live preview, and (under
 * "Erweitert") the browser cache time. Errors are shown at their field.
 */
import * as React from 'react';
import { Box, Button, Field, Flex, Grid, TextInput, Textarea, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { BANNER_PLACEHOLDERS, renderBannerMessage, type BannerPlaceholder } from '../../../shared/banner-message';
import { TEMPLATE_FORMS, type FieldError, type FieldErrors, type SettingsFormValues, type TemplateForm } from '../domain/settings-form';
import { getTranslation } from '../utils/getTranslation';
import { SettingsSection } from './SettingsSection';

export interface SettingsFormProps {
  values: SettingsFormValues;
  errors: FieldErrors;
  dirty: boolean;
  saving: boolean;
  canSave: boolean;
  timeZone: string;
  onChange(values: SettingsFormValues): void;
  onSubmit(): void;
}

const PREVIEW_YEARS = 3;

export const SettingsForm = ({ values, errors, dirty, saving, canSave, timeZone, onChange, onSubmit }: SettingsFormProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  const errorText = (error: FieldError | undefined) => (error ? (error.text ?? t(error.id, error.values)) : undefined);
  const [previewNow] = React.useState(() => new Date());
  const formRef = React.useRef<HTMLFormElement>(null);
  const [submitted, setSubmitted] = React.useState(0);

  // After a refused save, take the editor to the first field that needs fixing.
  React.useEffect(() => {
    if (submitted === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [submitted]);

  const numberField = (name: 'outdatedAfterMonths' | 'studyOutdatedAfterMonths' | 'maxAge') => (
    <Field.Root name={name} id={`editorial-${name}`} error={errorText(errors[name])} hint={t(`settings.${name}.hint`)}>
      <Field.Label>{t(`settings.${name}`)}</Field.Label>
      <TextInput
        inputMode="numeric"
        value={values[name]}
        onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange({ ...values, [name]: e.target.value })}
      />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );

  const setTemplate = (locale: string, form: TemplateForm, text: string) =>
    onChange({ ...values, templates: { ...values.templates, [locale]: { ...values.templates[locale], [form]: text } } });

  // Placeholders are inserted where the cursor was, so nobody has to type braces right.
  const templateAreas = React.useRef<Record<string, HTMLTextAreaElement | null>>({});
  const insertPlaceholder = (locale: string, form: TemplateForm, name: BannerPlaceholder) => {
    const text = values.templates[locale][form];
    const area = templateAreas.current[`${locale}.${form}`];
    const start = area?.selectionStart ?? text.length;
    const end = area?.selectionEnd ?? text.length;
    setTemplate(locale, form, `${text.slice(0, start)}{${name}}${text.slice(end)}`);
  };

  const preview = (locale: string, kind: 'outdated' | 'archived') => {
    try {
      const reference = new Date(previewNow.getTime() - PREVIEW_YEARS * 365.25 * 86_400_000);
      return renderBannerMessage({
        kind,
        years: PREVIEW_YEARS,
        referenceDate: reference,
        outdatedSince: reference,
        locale,
        timeZone,
        templates: values.templates,
      });
    } catch {
      return '';
    }
  };

  return (
    <Box
      tag="form"
      ref={formRef}
      noValidate
      onSubmit={(e: React.FormEvent) => {
        e.preventDefault();
        onSubmit();
        setSubmitted((n) => n + 1);
      }}
    >
      <Flex direction="column" alignItems="stretch" gap={6}>
        <SettingsSection title={t('settings.section.thresholds')}>
          <Grid.Root gap={4}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              {numberField('outdatedAfterMonths')}
            </Grid.Item>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              {numberField('studyOutdatedAfterMonths')}
            </Grid.Item>
          </Grid.Root>
        </SettingsSection>

        <SettingsSection
          title={t('settings.section.categories')}
          hint={values.categories.length === 0 ? t('settings.categories.none') : t('settings.categories.hint')}
        >
          <Grid.Root gap={4}>
            {values.categories.map((row, index) => {
              const key = `categoryThresholds.${index}.outdatedAfterMonths`;
              return (
                <Grid.Item key={row.documentId} col={4} s={12} direction="column" alignItems="stretch">
                  <Field.Root name={key} id={`editorial-category-${row.documentId}`} error={errorText(errors[key])}>
                    <Field.Label>{t('settings.category.label', { name: row.name })}</Field.Label>
                    <TextInput
                      inputMode="numeric"
                      placeholder={values.outdatedAfterMonths}
                      value={row.months}
                      onChange={(e: React.ChangeEvent<HTMLInputElement>) =>
                        onChange({
                          ...values,
                          categories: values.categories.map((c, i) => (i === index ? { ...c, months: e.target.value } : c)),
                        })
                      }
                    />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              );
            })}
          </Grid.Root>
        </SettingsSection>

        <SettingsSection title={t('settings.section.templates')} hint={t('settings.templates.hint')}>
          {Object.keys(values.templates).map((locale) => (
            <Flex key={locale} direction="column" alignItems="stretch" gap={3} data-testid={`templates-${locale}`}>
              {TEMPLATE_FORMS.map((form) => {
                const key = `bannerTemplates.${locale}.${form}`;
                return (
                  <Field.Root key={key} name={key} id={`editorial-${locale}-${form}`} error={errorText(errors[key])}>
                    <Field.Label>{t(`settings.template.${form}`, { locale: locale.toUpperCase() })}</Field.Label>
                    <Textarea
                      ref={(area: HTMLTextAreaElement | null) => {
                        templateAreas.current[`${locale}.${form}`] = area;
                      }}
                      value={values.templates[locale][form]}
                      onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => setTemplate(locale, form, e.target.value)}
                    />
                    <Flex gap={2} wrap="wrap" paddingTop={1} role="group" aria-label={t('settings.placeholders')}>
                      {BANNER_PLACEHOLDERS.map((name) => (
                        <Button
                          key={name}
                          type="button"
                          size="S"
                          variant="tertiary"
                          onClick={() => insertPlaceholder(locale, form, name)}
                          aria-label={t('settings.placeholder.insert', { name: t(`settings.placeholder.${name}`) })}
                        >
                          {`+ ${t(`settings.placeholder.${name}`)}`}
                        </Button>
                      ))}
                    </Flex>
                    <Field.Error />
                  </Field.Root>
                );
              })}
              <Box padding={3} hasRadius background="warning100" borderColor="warning200" role="note" data-testid={`preview-${locale}`}>
                <Typography variant="sigma" tag="p" textColor="neutral600">
                  {t('settings.preview.years', { years: PREVIEW_YEARS })} ({locale.toUpperCase()})
                </Typography>
                <Typography tag="p">{errors[`bannerTemplates.${locale}.other`] ? '—' : preview(locale, 'outdated')}</Typography>
                <Typography tag="p" variant="pi">
                  {errors[`bannerTemplates.${locale}.archived`] ? '—' : preview(locale, 'archived')}
                </Typography>
              </Box>
            </Flex>
          ))}
        </SettingsSection>

        {/* Technical, rarely changed: last, under its own heading, in words an editor understands. */}
        <SettingsSection title={t('settings.section.advanced')} hint={t('settings.advanced.hint')}>
          <Grid.Root gap={4}>
            <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
              {numberField('maxAge')}
            </Grid.Item>
          </Grid.Root>
        </SettingsSection>

        <Flex justifyContent="flex-end">
          <Button type="submit" disabled={!canSave || !dirty || saving} loading={saving}>
            {saving ? t('settings.saving') : t('settings.save')}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
