/** Loads the signed-in user's digest status and saves a change at once (settings card or freshness page header). */
import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { createEditorialApi, describeRequestError, type DigestStatus } from '../api/editorial-api';
import { useRequest } from '../hooks/useRequest';
import { getTranslation } from '../utils/getTranslation';
import { DigestSubscriptionView } from './DigestSubscriptionView';

export const DigestSubscription = ({ canManage, compact }: { canManage: boolean; compact?: boolean }) => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  const fetchClient = useFetchClient();
  const api = React.useMemo(() => createEditorialApi(fetchClient), [fetchClient]);
  const { toggleNotification } = useNotification();
  const loaded = useRequest(() => api.digestStatus(), [api]);
  const [saved, setSaved] = React.useState<DigestStatus | null>(null);
  const [saving, setSaving] = React.useState(false);

  const save = async (change: () => Promise<DigestStatus>) => {
    setSaving(true);
    try {
      setSaved(await change());
      toggleNotification({ type: 'success', message: t('digest.saved') });
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('digest.error', { message: describeRequestError(e).message }) });
    } finally {
      setSaving(false);
    }
  };

  return (
    <DigestSubscriptionView
      status={saved ?? loaded.data}
      error={loaded.error}
      canManage={canManage}
      saving={saving}
      compact={compact}
      onSubscribe={(on) => void save(() => api.setDigestSubscription(on))}
      onIncludeEditors={(on) => void save(() => api.setDigestIncludeEditors(on))}
    />
  );
};
