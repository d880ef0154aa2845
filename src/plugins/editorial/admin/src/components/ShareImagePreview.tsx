import { Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DocumentFreshness } from '../api/editorial-api';
import { getTranslation } from '../utils/getTranslation';

/**
 * What LinkedIn, Xing or WhatsApp show when the article is shared: the published cover, or
 * the card the reader site generates from title and lead figure. Before the first publish
 * there is none (the card is made from what readers see).
 */
export const ShareImagePreview = ({ image }: { image: DocumentFreshness['shareImage'] }) => {
  const { formatMessage } = useIntl();
  const t = (id: string) => formatMessage({ id: getTranslation(id) });
  return (
    <Flex direction="column" alignItems="stretch" gap={1} data-testid="editorial-share-image">
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {t('panel.shareImage')}
      </Typography>
      {image ? (
        <>
          <Box hasRadius borderColor="neutral200" overflow="hidden">
            <img
              src={image.url}
              alt={t(image.kind === 'cover' ? 'panel.shareImage.coverAlt' : 'panel.shareImage.cardAlt')}
              width={1200}
              height={630}
              style={{ display: 'block', width: '100%', height: 'auto' }}
            />
          </Box>
          <Typography variant="pi" textColor="neutral600">
            {t(image.kind === 'cover' ? 'panel.shareImage.cover' : 'panel.shareImage.card')}
          </Typography>
          <Link href={image.url} isExternal>
            {t('panel.shareImage.open')}
          </Link>
        </>
      ) : (
        <Typography variant="pi">{t('panel.shareImage.none')}</Typography>
      )}
    </Flex>
  );
};
