import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RenderedStatBlock } from '../api/editorial-api';
import { getTranslation } from '../utils/getTranslation';
import { fallbackReasonText } from '../../../shared/chart-reasons';

/**
 * One study-stat block as readers get it: the chart the plugin drew (an SVG built from
 * escaped text only, no script or style), which form it is and, when the chosen display
 * could not be drawn, why; then figures, citation, source link and data warning.
 */
export const StatBlockPreview = ({ block }: { block: RenderedStatBlock }) => {
  const { formatMessage, locale } = useIntl();
  const chart = block.chart;
  return (
    <Box tag="section" padding={3} hasRadius borderColor="neutral200" background="neutral100" data-testid="stat-block-preview">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="omega" fontWeight="bold" tag="h4">
          {block.heading ?? formatMessage({ id: getTranslation('statBlock.untitled'), defaultMessage: 'Studienzahlen' })}
        </Typography>
        {chart?.svg ? (
          <Box data-testid="stat-block-chart" maxWidth="32rem" color="neutral800" dangerouslySetInnerHTML={{ __html: chart.svg }} />
        ) : null}
        {chart ? (
          <Typography variant="pi" textColor="neutral700" tag="p" data-testid="stat-block-kind">
            {formatMessage(
              { id: getTranslation('statBlock.chartKind'), defaultMessage: 'Darstellung: {kind}' },
              { kind: formatMessage({ id: getTranslation(`statBlock.chartKind.${chart.kind}`), defaultMessage: chart.kind }) },
            )}
          </Typography>
        ) : null}
        {chart?.fallbackReason ? (
          <Box padding={2} hasRadius background="neutral150" role="note" data-testid="stat-block-fallback">
            <Typography variant="pi" textColor="neutral800">
              {fallbackReasonText(chart.fallbackReason, locale)}
            </Typography>
          </Box>
        ) : null}
        {block.figures.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({
              id: getTranslation('statBlock.empty'),
              defaultMessage: 'Dieser Block zitiert keine veröffentlichte Statistik.',
            })}
          </Typography>
        ) : (
          <Box tag="ul">
            {block.figures.map((figure, index) => (
              <Box tag="li" key={index} paddingBottom={1}>
                <Typography variant="omega" fontWeight="bold">
                  {figure.display}
                </Typography>{' '}
                <Typography variant="omega">{figure.label}</Typography>
                {figure.note ? (
                  <Typography variant="pi" textColor="neutral600">
                    {' '}
                    ({figure.note})
                  </Typography>
                ) : null}
              </Box>
            ))}
          </Box>
        )}
        {block.citations.map((citation, index) => (
          <Typography key={index} variant="pi" textColor="neutral700" tag="p">
            {formatMessage({ id: getTranslation('statBlock.source'), defaultMessage: '{citation}' }, { citation: citation.text })}{' '}
            {citation.url ? (
              <Link href={citation.url} isExternal>
                {formatMessage({ id: getTranslation('statBlock.sourceLink'), defaultMessage: 'Zur Quelle' })}
              </Link>
            ) : null}
          </Typography>
        ))}
        {block.warning ? (
          <Box padding={2} hasRadius background="warning100" borderColor="warning200" role="note">
            <Typography variant="pi" textColor="warning700">
              {block.warning}
            </Typography>
          </Box>
        ) : null}
      </Flex>
    </Box>
  );
};
