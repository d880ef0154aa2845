/**
 * Which webhooks get the freshness events, as plain props. Strapi's own webhook page lists
 * only Strapi's events (its list is fixed in the admin), so the subscription to ours is here.
 */
import { Box, Button, Checkbox, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { WebhookSubscription } from '../api/editorial-api';
import { getTranslation } from '../utils/getTranslation';
import { SettingsSection } from './SettingsSection';

/** The plugin's events, in the order they are offered (notifications/freshness-event.ts on the server). */
export const FRESHNESS_EVENT_NAMES = ['editorial.due-soon', 'editorial.outdated'] as const;

export interface WebhookSubscriptionsViewProps {
  webhooks: WebhookSubscription[] | null;
  error: string | null;
  canManage: boolean;
  /** The webhook being saved. */
  savingId: string | null;
  scanning: boolean;
  onToggle(webhook: WebhookSubscription, event: string, on: boolean): void;
  onScan(): void;
}

export const WebhookSubscriptionsView = ({
  webhooks,
  error,
  canManage,
  savingId,
  scanning,
  onToggle,
  onScan,
}: WebhookSubscriptionsViewProps) => {
  const { formatMessage } = useIntl();
  const t = (id: string, v?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, v);
  return (
    <SettingsSection title={t('webhooks.title')} hint={t('webhooks.hint')}>
      <Box data-testid="editorial-webhooks">
        {error ? (
          <Typography textColor="danger600" role="alert">
            {t('webhooks.error', { message: error })}
          </Typography>
        ) : webhooks === null ? (
          <Typography variant="pi">{t('webhooks.loading')}</Typography>
        ) : webhooks.length === 0 ? (
          <Typography variant="pi">
            {t('webhooks.none')} <Link href="/admin/settings/webhooks">{t('webhooks.create')}</Link>
          </Typography>
        ) : (
          <Flex direction="column" alignItems="stretch" gap={3} tag="ul">
            {webhooks.map((webhook) => (
              <Box tag="li" key={webhook.id} data-testid="editorial-webhook">
                <Typography fontWeight="bold">{webhook.name}</Typography>{' '}
                <Typography variant="pi" textColor="neutral600">
                  {webhook.url}
                  {webhook.isEnabled ? '' : ` · ${t('webhooks.disabled')}`}
                </Typography>
                <Flex gap={4} paddingTop={1} wrap="wrap">
                  {FRESHNESS_EVENT_NAMES.map((event) => (
                    <Checkbox
                      key={event}
                      checked={webhook.events.includes(event)}
                      disabled={!canManage || savingId === webhook.id}
                      onCheckedChange={(value) => onToggle(webhook, event, value === true)}
                    >
                      {t(`webhooks.event.${event}`)}
                    </Checkbox>
                  ))}
                </Flex>
              </Box>
            ))}
          </Flex>
        )}
      </Box>
      {canManage ? (
        <Flex gap={2}>
          <Button variant="secondary" size="S" onClick={onScan} loading={scanning} disabled={scanning}>
            {t('webhooks.scan')}
          </Button>
          <Typography variant="pi" textColor="neutral600">
            {t('webhooks.scan.hint')}
          </Typography>
        </Flex>
      ) : null}
    </SettingsSection>
  );
};
