/** The settings page's webhook card: loads the subscriptions, saves a change at once, runs a scan. */
import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { createEditorialApi, describeRequestError, type WebhookSubscription } from '../api/editorial-api';
import { useRequest } from '../hooks/useRequest';
import { getTranslation } from '../utils/getTranslation';
import { WebhookSubscriptionsView } from './WebhookSubscriptionsView';

export const WebhookSubscriptions = ({ canManage }: { canManage: boolean }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  const fetchClient = useFetchClient();
  const api = React.useMemo(() => createEditorialApi(fetchClient), [fetchClient]);
  const { toggleNotification } = useNotification();
  const listed = useRequest(() => (canManage ? api.webhooks() : null), [api, canManage]);
  const [savingId, setSavingId] = React.useState<string | null>(null);
  const [scanning, setScanning] = React.useState(false);

  if (!canManage) return null;

  const toggle = async (webhook: WebhookSubscription, event: string, on: boolean) => {
    setSavingId(webhook.id);
    try {
      const events = on ? [...webhook.events, event] : webhook.events.filter((e) => e !== event);
      await api.subscribeWebhook(webhook.id, events);
      listed.reload();
      toggleNotification({ type: 'success', message: t('webhooks.saved', { name: webhook.name }) });
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('webhooks.error', { message: describeRequestError(e).message }) });
    } finally {
      setSavingId(null);
    }
  };

  const scan = async () => {
    setScanning(true);
    try {
      const result = await api.scanFreshnessEvents();
      toggleNotification({ type: 'success', message: t('webhooks.scan.done', { count: result.emitted }) });
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('webhooks.error', { message: describeRequestError(e).message }) });
    } finally {
      setScanning(false);
    }
  };

  return (
    <WebhookSubscriptionsView
      webhooks={listed.data ?? null}
      error={listed.error}
      canManage={canManage}
      savingId={savingId}
      scanning={scanning}
      onToggle={(webhook, event, on) => void toggle(webhook, event, on)}
      onScan={() => void scan()}
    />
  );
};
