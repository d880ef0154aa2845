/**
 * Edit view side panel for the banner content types (`addEditViewSidePanel`). Loads the
 * document's freshness from the plugin, marks it reviewed, and keeps the edit form's
 * `lastReviewedAt` in step so a later save does not write back the old date.
 */
import * as React from 'react';
import { useFetchClient, useForm, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { createEditorialApi, describeRequestError, type DocumentFreshness } from '../api/editorial-api';
import { PERMISSIONS } from '../permissions';
import { getTranslation } from '../utils/getTranslation';
import { useEditorialContentTypes } from './use-editorial-content-types';
import { FreshnessPanelView } from './FreshnessPanelView';

interface PanelProps {
  model: string;
  documentId?: string;
  document?: { locale?: string | null; updatedAt?: string; publishedAt?: string | null } | null;
  activeTab?: 'draft' | 'published' | null;
}

const PanelContent = ({ model, documentId, locale, version }: { model: string; documentId: string; locale?: string; version: string }) => {
  const fetchClient = useFetchClient();
  const api = React.useMemo(() => createEditorialApi(fetchClient), [fetchClient]);
  const { formatMessage } = useIntl();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ markReviewed: PERMISSIONS.markReviewed });
  const modified = useForm('EditorialPanel', (s) => s.modified);
  const initialValues = useForm('EditorialPanel', (s) => s.initialValues);
  const resetForm = useForm('EditorialPanel', (s) => s.resetForm);
  const onChange = useForm('EditorialPanel', (s) => s.onChange);

  const [state, setState] = React.useState<{ status: 'loading' | 'error' | 'ready'; data: DocumentFreshness | null; error: string | null }>(
    {
      status: 'loading',
      data: null,
      error: null,
    },
  );
  const [marking, setMarking] = React.useState(false);
  const [note, setNote] = React.useState('');

  const load = React.useCallback(async () => {
    setState((s) => ({ ...s, status: 'loading' }));
    try {
      setState({ status: 'ready', data: await api.document(model, documentId, locale), error: null });
    } catch (error) {
      setState({ status: 'error', data: null, error: describeRequestError(error).message });
    }
  }, [api, model, documentId, locale]);

  React.useEffect(() => {
    void load();
  }, [load, version]);

  const markReviewed = async () => {
    setMarking(true);
    try {
      const result = await api.markReviewed(model, [documentId], locale ?? null, note);
      setNote('');
      // The form holds the old date; without this, the next save would undo the review.
      if (initialValues && 'lastReviewedAt' in initialValues) {
        if (modified) onChange('lastReviewedAt', result.lastReviewedAt);
        else resetForm({ ...initialValues, lastReviewedAt: result.lastReviewedAt });
      }
      await load();
      toggleNotification({ type: 'success', message: formatMessage({ id: getTranslation('panel.markReviewed.done') }) });
    } catch (error) {
      toggleNotification({
        type: 'danger',
        message: formatMessage({ id: getTranslation('panel.markReviewed.failed') }, { message: describeRequestError(error).message }),
      });
    } finally {
      setMarking(false);
    }
  };

  return (
    <FreshnessPanelView
      status={state.status}
      data={state.data}
      error={state.error}
      canMarkReviewed={Boolean(allowedActions.canMarkReviewed)}
      marking={marking}
      note={note}
      onNoteChange={setNote}
      onMarkReviewed={markReviewed}
      onRetry={load}
    />
  );
};

export const EditorialSidePanel = ({ model, documentId, document }: PanelProps) => {
  const { formatMessage } = useIntl();
  const contentTypes = useEditorialContentTypes();
  const [{ query }] = useQueryParams<{ plugins?: { i18n?: { locale?: string } } }>();
  const { allowedActions } = useRBAC({ read: PERMISSIONS.read });
  if (!documentId || !contentTypes?.includes(model) || !allowedActions.canRead) return null;
  const locale = document?.locale ?? query.plugins?.i18n?.locale;
  return {
    title: formatMessage({ id: getTranslation('panel.title'), defaultMessage: 'Leseransicht' }),
    content: (
      <PanelContent
        model={model}
        documentId={documentId}
        locale={locale ?? undefined}
        version={`${document?.updatedAt ?? ''}|${document?.publishedAt ?? ''}`}
      />
    ),
  };
};
