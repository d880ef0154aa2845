/**
 * The e-mail digest card, as plain props: the signed-in user's own subscription, and for
 * those who manage settings whether editors without articles get the unowned ones.
 * `compact` is the freshness page's header variant: the personal switch only, since
 * editors without the settings permission must be able to opt out too.
 */
import { Box, Checkbox, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DigestStatus } from '../api/editorial-api';
import { getTranslation } from '../utils/getTranslation';
import { SettingsSection } from './SettingsSection';

export interface DigestSubscriptionViewProps {
  status: DigestStatus | null;
  error: string | null;
  canManage: boolean;
  saving: boolean;
  compact?: boolean;
  onSubscribe(on: boolean): void;
  onIncludeEditors(on: boolean): void;
}

export const DigestSubscriptionView = ({
  status,
  error,
  canManage,
  saving,
  compact,
  onSubscribe,
  onIncludeEditors,
}: DigestSubscriptionViewProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  const own = status ? (
    <Checkbox checked={status.subscribed} disabled={saving} onCheckedChange={(value) => onSubscribe(value === true)}>
      {t('digest.subscribed')}
    </Checkbox>
  ) : null;
  if (compact) return status ? <Box data-testid="editorial-digest-compact">{own}</Box> : null;
  return (
    <SettingsSection title={t('digest.title')} hint={t('digest.hint')}>
      <Flex direction="column" alignItems="stretch" gap={3} data-testid="editorial-digest">
        {error ? (
          <Typography textColor="danger600" role="alert">
            {t('digest.error', { message: error })}
          </Typography>
        ) : status === null ? (
          <Typography variant="pi">{t('digest.loading')}</Typography>
        ) : (
          <>
            {status.mailConfigured ? null : (
              <Typography variant="pi" textColor="warning600">
                {t('digest.off')}
              </Typography>
            )}
            {own}
            {canManage ? (
              <Checkbox
                checked={status.includeEditorsWithoutArticles}
                disabled={saving}
                onCheckedChange={(value) => onIncludeEditors(value === true)}
              >
                {t('digest.includeEditors')}
              </Checkbox>
            ) : null}
          </>
        )}
      </Flex>
    </SettingsSection>
  );
};
