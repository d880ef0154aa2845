/**
 * The edit view's "Leseransicht" (reader view) panel, as plain props: the state in words, the banner as
 * readers see it (with its link to the follow-up article), "Als geprüft markieren", and a
 * preview of the study-stat blocks.
 */
import { Box, Button, Field, Flex, Loader, Status, Textarea, Typography } from '@strapi/design-system';
import * as React from 'react';
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
  /** The optional note for the next "Als geprüft markieren" ("Zahlen geprüft, Studie 2026 verlinkt"). */
  note?: string;
  onNoteChange?(note: string): void;
  onMarkReviewed(): void;
  onRetry(): void;
}

/** As the server allows (REVIEW_NOTE_MAX in server/src/constants.ts). */
const NOTE_MAX = 280;

export const FreshnessPanelView = ({
  status,
  data,
  error,
  canMarkReviewed,
  marking,
  note = '',
  onNoteChange,
  onMarkReviewed,
  onRetry,
}: FreshnessPanelViewProps) => {
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
        <Typography variant="pi" data-testid="editorial-owner">
          {data.owner ? t('panel.owner', { name: data.owner.name }) : t('panel.owner.none')}
        </Typography>
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
        {canMarkReviewed && !unpublished && onNoteChange ? (
          <Field.Root name="editorial-review-note" id="editorial-review-note" hint={t('panel.note.hint', { max: NOTE_MAX })}>
            <Field.Label>{t('panel.note')}</Field.Label>
            <Textarea
              value={note}
              maxLength={NOTE_MAX}
              placeholder={t('panel.note.placeholder')}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onNoteChange(e.target.value)}
            />
            <Field.Hint />
          </Field.Root>
        ) : null}
        <Button fullWidth variant="secondary" onClick={onMarkReviewed} disabled={buttonDisabled} loading={marking}>
          {marking ? t('panel.markReviewed.busy') : t('panel.markReviewed')}
        </Button>
        {buttonHint ? (
          <Typography variant="pi" textColor="neutral600">
            {buttonHint}
          </Typography>
        ) : null}
      </Flex>

      <Flex direction="column" alignItems="stretch" gap={1} data-testid="editorial-reviews">
        <Typography variant="sigma" textColor="neutral600" tag="h3">
          {t('panel.reviews')}
        </Typography>
        {data.reviews.length === 0 ? (
          <Typography variant="pi">{t('panel.reviews.none')}</Typography>
        ) : (
          <Box tag="ul">
            {data.reviews.map((review, index) => (
              <Box tag="li" key={`${review.reviewedAt}-${index}`} paddingBottom={1}>
                <Typography variant="pi" fontWeight="bold">
                  {t('panel.reviews.item', { date: date(review.reviewedAt), name: review.reviewer?.name ?? t('panel.reviews.unknown') })}
                </Typography>
                {review.note ? (
                  <Typography variant="pi" tag="p" textColor="neutral700">
                    {review.note}
                  </Typography>
                ) : null}
              </Box>
            ))}
          </Box>
        )}
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
