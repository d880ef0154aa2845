/**
 * The edit view's "Leseransicht" (reader view) panel, as plain props: the state in words, the banner as
 * readers see it (with its link to the follow-up article), "Als geprüft markieren", and a
 * preview of the study-stat blocks.
 */
import { Box, Button, Flex, Loader, Status, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DocumentFreshness } from '../api/editorial-api';
import { formatShortDate, stateMessage } from '../domain/freshness-state';
import { getTranslation } from '../utils/getTranslation';
import { StatBlockPreview } from './StatBlockPreview';
import { ShareImagePreview } from './ShareImagePreview';

export interface FreshnessPanelViewProps {
  status: 'loading' | 'error' | 'ready';
  data?: DocumentFreshness | null;
  error?: string | null;
  canMarkReviewed: boolean;
  marking: boolean;
  onMarkReviewed(): void;
  onRetry(): void;
}

export const FreshnessPanelView = ({ status, data, error, canMarkReviewed, marking, onMarkReviewed, onRetry }: FreshnessPanelViewProps) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, values);

  if (status === 'loading' && !data) {
    return (
      <Flex gap={2} data-testid="editorial-panel">
        <Loader small>{t('panel.loading')}</Loader>
        <Typography variant="pi">{t('panel.loading')}</Typography>
      </Flex>
    );
  }
  if (status === 'error' || !data) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2} data-testid="editorial-panel">
        <Typography variant="pi" textColor="danger600" role="alert">
          {t('panel.error')} {error ?? ''}
        </Typography>
        <Button variant="tertiary" size="S" onClick={onRetry}>
          {t('panel.retry')}
        </Button>
      </Flex>
    );
  }

  const words = stateMessage(data.state, data.outdatedAt);
  const date = (iso: string | null) => formatShortDate(iso, locale, data.timeZone);
  const unpublished = data.version === 'draft';
  const buttonDisabled = !canMarkReviewed || unpublished || marking;
  const buttonHint = !canMarkReviewed ? t('panel.markReviewed.noPermission') : unpublished ? t('panel.markReviewed.unpublished') : null;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="editorial-panel" aria-busy={status === 'loading' || marking}>
      <Status variant={words.tone} size="S">
        <Typography fontWeight="bold" data-testid="editorial-state">
          {t(words.id, { date: date(words.date) })}
        </Typography>
      </Status>
      <Flex direction="column" alignItems="stretch" gap={1}>
        {data.referenceDate ? <Typography variant="pi">{t('panel.referenceDate', { date: date(data.referenceDate) })}</Typography> : null}
        <Typography variant="pi">
          {data.lastReviewedAt ? t('panel.lastReviewed', { date: date(data.lastReviewedAt) }) : t('panel.lastReviewed.never')}
        </Typography>
        {data.freshness === 'auto' ? <Typography variant="pi">{t('panel.threshold', { months: data.thresholdMonths })}</Typography> : null}
        <Typography variant="pi" data-testid="editorial-follow-up">
          {data.followUp ? t('panel.followUp.label', { title: data.followUp.title }) : t('panel.followUp.none')}
        </Typography>
      </Flex>

      <Box>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('panel.banner.label')}
        </Typography>
        {data.banner ? (
          <Box
            marginTop={1}
            padding={3}
            hasRadius
            background="warning100"
            borderColor="warning200"
            role="note"
            data-testid="editorial-banner"
          >
            <Typography variant="omega">{data.banner.message}</Typography>
            {data.banner.followUp ? (
              <Typography variant="omega" tag="p" fontWeight="bold" data-testid="editorial-banner-follow-up">
                {t('panel.followUp', { title: data.banner.followUp.title })}
              </Typography>
            ) : null}
          </Box>
        ) : (
          <Typography variant="pi" tag="p" data-testid="editorial-no-banner">
            {unpublished ? t('panel.draftNote') : t('panel.banner.none')}
          </Typography>
        )}
      </Box>

      <Flex direction="column" alignItems="stretch" gap={1}>
        <Button fullWidth variant="secondary" onClick={onMarkReviewed} disabled={buttonDisabled} loading={marking}>
          {marking ? t('panel.markReviewed.busy') : t('panel.markReviewed')}
        </Button>
        {buttonHint ? (
          <Typography variant="pi" textColor="neutral600">
            {buttonHint}
          </Typography>
        ) : null}
      </Flex>

      <ShareImagePreview image={data.shareImage ?? null} />

      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('panel.statBlocks')}
        </Typography>
        {data.statBlocks.length === 0 ? (
          <Typography variant="pi">{t('panel.statBlocks.none')}</Typography>
        ) : (
          data.statBlocks.map((block, index) => <StatBlockPreview key={index} block={block} />)
        )}
      </Flex>
    </Flex>
  );
};
