/** Settings → Editorial: loads the settings, checks them as the editor types, saves them whole. */
import * as React from 'react';
import { Layouts, Page, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Box, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { createEditorialApi, describeRequestError } from '../api/editorial-api';
import { SettingsForm } from '../components/SettingsForm';
import { WebhookSubscriptions } from '../components/WebhookSubscriptions';
import { DigestSubscription } from '../components/DigestSubscription';
import {
  fieldErrorsFromServer,
  formFromSettings,
  settingsInputFromForm,
  validateSettingsForm,
  type FieldErrors,
  type SettingsFormValues,
} from '../domain/settings-form';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

const SettingsPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  const fetchClient = useFetchClient();
  const api = React.useMemo(() => createEditorialApi(fetchClient), [fetchClient]);
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ manage: PERMISSIONS.manageSettings });

  const [initial, setInitial] = React.useState<SettingsFormValues | null>(null);
  const [values, setValues] = React.useState<SettingsFormValues | null>(null);
  const [errors, setErrors] = React.useState<FieldErrors>({});
  const [serverErrors, setServerErrors] = React.useState<FieldErrors>({});
  const [timeZone, setTimeZone] = React.useState('Europe/Berlin');
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [saving, setSaving] = React.useState(false);

  const load = React.useCallback(async () => {
    try {
      const [data, locales] = await Promise.all([api.settings(), api.locales().catch(() => [])]);
      // The default locale (German) first, as editors expect.
      const ordered = [...locales].sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
      const codes = ordered.length > 0 ? ordered.map((l) => l.code) : Object.keys(data.settings.bannerTemplates);
      const form = formFromSettings(data, codes);
      setInitial(form);
      setValues(form);
      setTimeZone(data.settings.timeZone);
      setErrors({});
      setServerErrors({});
    } catch (e) {
      setLoadError(describeRequestError(e).message);
    }
  }, [api]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const change = (next: SettingsFormValues) => {
    setValues(next);
    setErrors(validateSettingsForm(next));
    setServerErrors({});
  };

  const submit = async () => {
    if (!values) return;
    const problems = validateSettingsForm(values);
    setErrors(problems);
    if (Object.keys(problems).length > 0) {
      toggleNotification({ type: 'danger', message: t('settings.invalid') });
      return;
    }
    setSaving(true);
    try {
      await api.saveSettings(settingsInputFromForm(values));
      toggleNotification({ type: 'success', message: t('settings.saved') });
      await load();
    } catch (e) {
      const { message, fields } = describeRequestError(e);
      setServerErrors(fieldErrorsFromServer(fields));
      toggleNotification({ type: 'danger', message });
    } finally {
      setSaving(false);
    }
  };

  if (loadError) {
    return (
      <Page.Main>
        <Layouts.Header title={t('settings.title')} />
        <Layouts.Content>
          <Typography textColor="danger600" role="alert">
            {t('settings.loadError', { message: loadError })}
          </Typography>
        </Layouts.Content>
      </Page.Main>
    );
  }
  if (!values || !initial) return <Page.Loading />;

  return (
    <Page.Main>
      <Page.Title>{t('settings.title')}</Page.Title>
      <Layouts.Header title={t('settings.title')} subtitle={t('settings.subtitle')} />
      <Layouts.Content>
        <SettingsForm
          values={values}
          errors={{ ...serverErrors, ...errors }}
          dirty={JSON.stringify(values) !== JSON.stringify(initial)}
          saving={saving}
          canSave={Boolean(allowedActions.canManage)}
          timeZone={timeZone}
          onChange={change}
          onSubmit={submit}
        />
        <Box paddingTop={6}>
          <WebhookSubscriptions canManage={Boolean(allowedActions.canManage)} />
        </Box>
        <Box paddingTop={6}>
          <DigestSubscription canManage={Boolean(allowedActions.canManage)} />
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedSettingsPage = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <SettingsPage />
  </Page.Protect>
);

export default ProtectedSettingsPage;
