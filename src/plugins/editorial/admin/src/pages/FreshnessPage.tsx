/**
 * "Aktualität" in the left menu: every published article with its freshness, filtered,
 * sorted, searched and paginated by the server, with bulk "mark as reviewed". What the
 * editor chose (filter, sort, order, search, page, locale) lives in the URL through
 * Strapi's `useQueryParams`, so a view can be shared, reloaded and gone back to.
 */
import * as React from 'react';
import { Box, Button, Flex, Searchbar, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import {
  createEditorialApi,
  describeRequestError,
  type AdminLocale,
  type OverviewFilter,
  type OverviewResult,
  type OverviewSort,
} from '../api/editorial-api';
import { FreshnessTable } from '../components/FreshnessTable';
import { DigestSubscription } from '../components/DigestSubscription';
import { useRequest } from '../hooks/useRequest';
import {
  OVERVIEW_FILTERS,
  OVERVIEW_OWNERS,
  OVERVIEW_PAGE_SIZE,
  OVERVIEW_SORTS,
  type OverviewOwner,
} from '../../../shared/overview-options';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';

/** The page's URL state, as `useQueryParams` parses it (values are text; anything unknown falls back). */
interface OverviewUrlState {
  filter?: string;
  sort?: string;
  order?: string;
  q?: string;
  page?: string;
  locale?: string;
  owner?: string;
}

const oneOf = <T extends string>(value: string | undefined, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;
const COUNT_KEY: Record<OverviewFilter, keyof OverviewResult['meta']['counts']> = {
  all: 'total',
  outdated: 'outdated',
  dueSoon: 'dueSoon',
  citesOldData: 'citesOldData',
  evergreen: 'evergreen',
  archived: 'archived',
  fresh: 'fresh',
};

const FreshnessPage = () => {
  const { formatMessage } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, values);
  const fetchClient = useFetchClient();
  const api = React.useMemo(() => createEditorialApi(fetchClient), [fetchClient]);
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ markReviewed: PERMISSIONS.markReviewed });
  const [{ query }, setQuery] = useQueryParams<OverviewUrlState>();
  const filter: OverviewFilter = oneOf(query.filter, OVERVIEW_FILTERS, 'all');
  const sort: OverviewSort = oneOf(query.sort, OVERVIEW_SORTS, 'outdatedAt');
  const order = oneOf(query.order, ['asc', 'desc'] as const, 'asc');
  const owner: OverviewOwner = oneOf(query.owner, OVERVIEW_OWNERS, 'all');
  const q = typeof query.q === 'string' ? query.q : '';
  const page = Math.max(1, Math.floor(Number(query.page)) || 1);
  // Choosing anything but a page starts again at page 1 (no `page` in the URL).
  const choose = React.useCallback((change: OverviewUrlState) => setQuery({ ...change, page: change.page }, 'push'), [setQuery]);

  const [search, setSearch] = React.useState(q);
  const [selected, setSelected] = React.useState<Set<string>>(new Set());
  const [marking, setMarking] = React.useState(false);

  const setup = useRequest(() => Promise.all([api.locales().catch(() => [] as AdminLocale[]), api.settings()]), [api]);
  const locales = setup.data?.[0] ?? [];
  const settings = setup.data?.[1].settings;
  const timeZone = settings?.timeZone ?? 'Europe/Berlin';
  const contentType = settings?.contentTypes[0] ?? null;
  const defaultLocale = setup.data ? (locales.find((l) => l.isDefault)?.code ?? locales[0]?.code ?? 'de') : null;
  const locale = typeof query.locale === 'string' && query.locale ? query.locale : defaultLocale;

  const overview = useRequest(
    () =>
      locale && contentType
        ? api.overview({ contentType, locale, filter, sort, order, q, page, pageSize: OVERVIEW_PAGE_SIZE.default, owner })
        : null,
    [api, contentType, locale, filter, sort, order, q, page, owner],
  );
  const result = overview.data;
  const error = setup.error ?? overview.error;
  const loading = !setup.error && (setup.loading || overview.loading);

  // Typing searches after a short pause, not on every key; the URL holds it encoded (useQueryParams writes values as given).
  React.useEffect(() => {
    const text = search.trim();
    if (text === q) return undefined;
    const timer = setTimeout(() => choose({ q: text ? encodeURIComponent(text) : undefined }), 250);
    return () => clearTimeout(timer);
  }, [search, q, choose]);

  React.useEffect(() => setSelected(new Set()), [filter, locale, q, page, sort, order, owner]);

  const markSelected = async () => {
    if (!contentType || selected.size === 0) return;
    setMarking(true);
    try {
      const done = await api.markReviewed(contentType, [...selected], locale);
      toggleNotification({ type: 'success', message: t('bulk.done', { count: done.updated }) });
      setSelected(new Set());
      overview.reload();
    } catch (e) {
      toggleNotification({ type: 'danger', message: t('panel.markReviewed.failed', { message: describeRequestError(e).message }) });
    } finally {
      setMarking(false);
    }
  };

  const pagination = result?.meta.pagination;
  const counts = result?.meta.counts;

  return (
    <Page.Main aria-busy={loading}>
      <Page.Title>{t('page.title')}</Page.Title>
      <Layouts.Header
        title={t('page.title')}
        subtitle={counts ? t('page.subtitle', { total: counts.total }) : undefined}
        // Every editor can opt out of the e-mail digest where they work, not only on the settings page.
        secondaryAction={<DigestSubscription canManage={false} compact />}
        primaryAction={
          allowedActions.canMarkReviewed ? (
            <Button onClick={markSelected} disabled={selected.size === 0 || marking} loading={marking}>
              {selected.size > 0 ? `${t('bulk.markReviewed')} (${t('bulk.selected', { count: selected.size })})` : t('bulk.markReviewed')}
            </Button>
          ) : undefined
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Flex gap={2} wrap="wrap" role="group" aria-label={t('page.owner')}>
            {OVERVIEW_OWNERS.map((o) => (
              <Button
                key={o}
                size="S"
                variant={o === owner ? 'secondary' : 'tertiary'}
                aria-pressed={o === owner}
                onClick={() => choose({ owner: o === 'all' ? undefined : o })}
              >
                {t(`owner.${o}`)}
              </Button>
            ))}
          </Flex>
          <Flex gap={2} wrap="wrap" role="group" aria-label={t('page.filter')}>
            {OVERVIEW_FILTERS.map((f) => (
              <Button
                key={f}
                size="S"
                variant={f === filter ? 'default' : 'tertiary'}
                aria-pressed={f === filter}
                onClick={() => choose({ filter: f === 'all' ? undefined : f })}
              >
                {t(`filter.${f}`, { count: counts ? counts[COUNT_KEY[f]] : '…' })}
              </Button>
            ))}
          </Flex>
          <Flex gap={2} wrap="wrap" alignItems="flex-end">
            <Box grow={1} minWidth="240px">
              <Searchbar
                name="q"
                value={search}
                onChange={(e: React.ChangeEvent<HTMLInputElement>) => setSearch(e.target.value)}
                onClear={() => setSearch('')}
                clearLabel={t('page.search')}
                placeholder={t('page.search')}
              >
                {t('page.search')}
              </Searchbar>
            </Box>
            {locales.length > 1 ? (
              <Box minWidth="160px">
                <SingleSelect
                  aria-label={t('page.locale')}
                  value={locale ?? undefined}
                  onChange={(value) => choose({ locale: String(value) })}
                >
                  {locales.map((l) => (
                    <SingleSelectOption key={l.code} value={l.code}>
                      {l.name}
                    </SingleSelectOption>
                  ))}
                </SingleSelect>
              </Box>
            ) : null}
            <Box minWidth="180px">
              <SingleSelect aria-label={t('page.sort')} value={sort} onChange={(value) => choose({ sort: String(value) })}>
                {OVERVIEW_SORTS.map((s) => (
                  <SingleSelectOption key={s} value={s}>
                    {t(`sort.${s}`)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Box>
            <Box minWidth="140px">
              <SingleSelect aria-label={t('page.sort')} value={order} onChange={(value) => choose({ order: String(value) })}>
                <SingleSelectOption value="asc">{t('sort.asc')}</SingleSelectOption>
                <SingleSelectOption value="desc">{t('sort.desc')}</SingleSelectOption>
              </SingleSelect>
            </Box>
          </Flex>

          {error ? (
            <Typography textColor="danger600" role="alert">
              {t('page.error', { message: error })}
            </Typography>
          ) : null}

          {result && contentType ? (
            <FreshnessTable
              rows={result.data}
              contentType={contentType}
              timeZone={timeZone}
              selected={selected}
              canSelect={Boolean(allowedActions.canMarkReviewed)}
              onToggle={(id, on) =>
                setSelected((prev) => {
                  const next = new Set(prev);
                  if (on) next.add(id);
                  else next.delete(id);
                  return next;
                })
              }
              onToggleAll={(on) => setSelected(on ? new Set(result.data.map((r) => r.documentId)) : new Set())}
            />
          ) : loading ? (
            <Page.Loading />
          ) : null}

          {pagination && pagination.pageCount > 1 ? (
            <Flex
              gap={2}
              justifyContent="flex-end"
              tag="nav"
              aria-label={t('pagination.status', { page: pagination.page, pageCount: pagination.pageCount })}
            >
              <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => choose({ page: String(page - 1) })}>
                {t('pagination.previous')}
              </Button>
              <Typography>{t('pagination.status', { page: pagination.page, pageCount: pagination.pageCount })}</Typography>
              <Button
                variant="tertiary"
                size="S"
                disabled={page >= pagination.pageCount}
                onClick={() => choose({ page: String(page + 1) })}
              >
                {t('pagination.next')}
              </Button>
            </Flex>
          ) : null}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

const ProtectedFreshnessPage = () => (
  <Page.Protect permissions={PERMISSIONS.read}>
    <FreshnessPage />
  </Page.Protect>
);

export default ProtectedFreshnessPage;
export { FreshnessPage };
