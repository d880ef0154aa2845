/** Admin home widget: how many articles are outdated or due soon, linking to the overview. */
import * as React from 'react';
import { Flex, Loader, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import { createEditorialApi, describeRequestError } from '../api/editorial-api';
import { PLUGIN_ID } from '../pluginId';
import { getTranslation } from '../utils/getTranslation';

export interface FreshnessCounts {
  outdated: number;
  dueSoon: number;
}

export const FreshnessWidgetView = ({ counts, error }: { counts: FreshnessCounts | null; error: string | null }) => {
  const { formatMessage, formatNumber } = useIntl();
  const t = (id: string) => formatMessage({ id: getTranslation(id) });
  if (error) return <Typography textColor="danger600">{t('widget.error')}</Typography>;
  if (!counts) return <Loader small>{t('panel.loading')}</Loader>;
  const item = (filter: 'outdated' | 'dueSoon', count: number, color: string) => (
    <Link to={`/plugins/${PLUGIN_ID}?filter=${filter}`} style={{ textDecoration: 'none' }} data-testid={`widget-${filter}`}>
      <Flex direction="column" alignItems="flex-start" gap={1} padding={2}>
        <Typography variant="alpha" textColor={color}>
          {formatNumber(count)}
        </Typography>
        <Typography variant="pi" textColor="neutral700">
          {t(`widget.${filter}`)}
        </Typography>
      </Flex>
    </Link>
  );
  return (
    <Flex gap={6} justifyContent="space-around" height="100%">
      {item('outdated', counts.outdated, 'danger600')}
      {item('dueSoon', counts.dueSoon, 'warning600')}
    </Flex>
  );
};

const FreshnessWidget = () => {
  const fetchClient = useFetchClient();
  const [counts, setCounts] = React.useState<FreshnessCounts | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  React.useEffect(() => {
    const api = createEditorialApi(fetchClient);
    api
      .settings()
      .then(async (settings) => {
        const locales = await api.locales().catch(() => []);
        const locale = locales.find((l) => l.isDefault)?.code ?? 'de';
        const result = await api.overview({
          contentType: settings.settings.contentTypes[0],
          locale,
          filter: 'all',
          sort: 'outdatedAt',
          order: 'asc',
          q: '',
          page: 1,
          pageSize: 1,
        });
        setCounts({ outdated: result.meta.counts.outdated, dueSoon: result.meta.counts.dueSoon });
      })
      .catch((e) => setError(describeRequestError(e).message));
  }, [fetchClient]);
  return <FreshnessWidgetView counts={counts} error={error} />;
};

export default FreshnessWidget;
