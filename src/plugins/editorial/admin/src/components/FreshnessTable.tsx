/**
 * The freshness overview table: one row per published article with its state, dates and
 * cited-study flags, row selection for bulk "mark as reviewed", and a link to the edit view.
 */
import { Badge, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link } from 'react-router-dom';
import type { OverviewRow } from '../api/editorial-api';
import { formatShortDate, stateMessage } from '../domain/freshness-state';
import { getTranslation } from '../utils/getTranslation';
import { editViewPath } from '../../../shared/admin-paths';

export interface FreshnessTableProps {
  rows: OverviewRow[];
  contentType: string;
  timeZone: string;
  selected: ReadonlySet<string>;
  canSelect: boolean;
  onToggle(documentId: string, selected: boolean): void;
  onToggleAll(selected: boolean): void;
}

export { editViewPath };

export const FreshnessTable = ({ rows, contentType, timeZone, selected, canSelect, onToggle, onToggleAll }: FreshnessTableProps) => {
  const { formatMessage, locale } = useIntl();
  const t = (id: string, values?: Record<string, string | number>) => formatMessage({ id: getTranslation(id) }, values);
  const date = (iso: string | null) => formatShortDate(iso, locale, timeZone);
  const allSelected = rows.length > 0 && rows.every((row) => selected.has(row.documentId));
  const someSelected = rows.some((row) => selected.has(row.documentId));
  // The state names its date ("Veraltet seit …", "Aktuell bis …"): no second column repeats it.
  const columns = canSelect ? 6 : 5;

  return (
    <Table colCount={columns} rowCount={rows.length + 1} aria-label={t('table.caption')}>
      <Thead>
        <Tr>
          {canSelect ? (
            <Th>
              <Checkbox
                aria-label={t('table.selectAll')}
                checked={allSelected ? true : someSelected ? 'indeterminate' : false}
                onCheckedChange={(value) => onToggleAll(value === true)}
                disabled={rows.length === 0}
              />
            </Th>
          ) : null}
          <Th>
            <Typography variant="sigma">{t('table.title')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('table.state')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('table.owner')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('table.referenceDate')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('table.studies')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {rows.length === 0 ? (
          <Tr>
            <Td colSpan={columns}>
              <Typography textColor="neutral600">{t('table.empty')}</Typography>
            </Td>
          </Tr>
        ) : (
          rows.map((row) => {
            const title = row.title || t('table.untitled');
            const words = stateMessage(row.state as any, row.outdatedAt);
            return (
              <Tr key={`${row.documentId}|${row.locale}`} data-testid="freshness-row">
                {canSelect ? (
                  <Td>
                    <Checkbox
                      aria-label={t('table.select', { title })}
                      checked={selected.has(row.documentId)}
                      onCheckedChange={(value) => onToggle(row.documentId, value === true)}
                    />
                  </Td>
                ) : null}
                <Td>
                  <Link to={editViewPath(contentType, row.documentId, row.locale)} aria-label={t('table.open', { title })}>
                    <Typography fontWeight="semiBold" textColor="primary600">
                      {title}
                    </Typography>
                  </Link>
                  {row.category ? (
                    <Typography variant="pi" textColor="neutral600" tag="div">
                      {row.category}
                    </Typography>
                  ) : null}
                </Td>
                <Td>
                  <Flex gap={1} wrap="wrap">
                    <Typography data-testid="freshness-state">{t(words.id, { date: date(words.date) })}</Typography>
                    {row.dueSoon ? <Badge>{t('table.dueSoon')}</Badge> : null}
                  </Flex>
                </Td>
                <Td>
                  <Typography data-testid="freshness-owner">{row.owner?.name ?? t('table.owner.none')}</Typography>
                </Td>
                <Td>
                  <Typography>{date(row.referenceDate)}</Typography>
                </Td>
                <Td>
                  <Flex gap={1} wrap="wrap">
                    <Typography variant="pi">
                      {row.oldestStudyOn
                        ? t('table.studies.age', { date: date(row.oldestStudyOn), years: row.oldestStudyAgeYears ?? 0 })
                        : t('table.studies.none')}
                    </Typography>
                    {row.citesOutdatedStudy ? (
                      <Badge textColor="warning700" backgroundColor="warning100">
                        {t('table.studies.old')}
                      </Badge>
                    ) : null}
                    {row.citesSuperseded ? (
                      <Badge textColor="danger700" backgroundColor="danger100">
                        {t('table.studies.superseded')}
                      </Badge>
                    ) : null}
                  </Flex>
                </Td>
              </Tr>
            );
          })
        )}
      </Tbody>
    </Table>
  );
};
