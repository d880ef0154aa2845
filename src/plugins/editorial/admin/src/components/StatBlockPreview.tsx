import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { RenderedStatBlock } from '../api/editorial-api';
import { getTranslation } from '../utils/getTranslation';

/** One study-stat block as readers get it: figures, citation, source link, data warning. */
export const StatBlockPreview = ({ block }: { block: RenderedStatBlock }) => {
  const { formatMessage } = useIntl();
  return (
    <Box tag="section" padding={3} hasRadius borderColor="neutral200" background="neutral100" data-testid="stat-block-preview">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="omega" fontWeight="bold" tag="h4">
          {block.heading ?? formatMessage({ id: getTranslation('statBlock.untitled'), defaultMessage: 'Studienzahlen' })}
        </Typography>
        {block.figures.length === 0 ? (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage({ id: getTranslation('statBlock.empty'), defaultMessage: 'Dieser Block zitiert keine veröffentlichte Statistik.' })}
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
            {formatMessage({ id: getTranslation('statBlock.source'), defaultMessage: 'Quelle: {citation}' }, { citation: citation.text })}{' '}
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
