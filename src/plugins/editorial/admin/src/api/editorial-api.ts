/**
 * Typed calls to the plugin's admin routes. The fetch client is Strapi's
 * (`useFetchClient`), which adds the admin session; tests pass a fake.
 */
import type {
  DigestStatus,
  DocumentFreshness,
  EditableSettingsInput,
  FreshnessScanResult,
  MarkReviewedResult,
  OverviewFilter,
  OverviewResult,
  OverviewSort,
  SettingsResponse,
  WebhookSubscription,
} from '../../../shared/contracts';

export type {
  CategoryThreshold,
  DigestStatus,
  DocumentFreshness,
  EditableSettingsInput,
  EffectiveSettings,
  OverviewFilter,
  OverviewResult,
  OverviewRow,
  OverviewSort,
  RenderedStatBlock,
  SettingsResponse,
  WebhookSubscription,
} from '../../../shared/contracts';
import type { OverviewOwner } from '../../../shared/overview-options';

export interface FetchClientLike {
  get<T = unknown>(url: string, config?: { params?: Record<string, unknown> }): Promise<{ data: T }>;
  post<T = unknown>(url: string, body?: unknown): Promise<{ data: T }>;
  put<T = unknown>(url: string, body?: unknown): Promise<{ data: T }>;
}

export interface OverviewParams {
  contentType?: string;
  locale: string;
  filter: OverviewFilter;
  sort: OverviewSort;
  order: 'asc' | 'desc';
  q: string;
  page: number;
  pageSize: number;
  /** 'me': "Meine Artikel", the entries the signed-in editor owns. */
  owner?: OverviewOwner;
}

export interface AdminLocale {
  code: string;
  name: string;
  isDefault: boolean;
}

export const createEditorialApi = (client: FetchClientLike) => ({
  async document(contentType: string, documentId: string, locale: string | undefined): Promise<DocumentFreshness> {
    const { data } = await client.get<{ data: DocumentFreshness }>('/editorial/document', { params: { contentType, documentId, locale } });
    return data.data;
  },
  async overview(params: OverviewParams): Promise<OverviewResult> {
    const { data } = await client.get<OverviewResult>('/editorial/freshness', {
      params: { ...params, q: params.q || undefined, owner: params.owner === 'me' ? 'me' : undefined },
    });
    return data;
  },
  async markReviewed(
    contentType: string,
    documentIds: string[],
    locale: string | null,
    note?: string,
  ): Promise<MarkReviewedResult['data']> {
    const { data } = await client.post<MarkReviewedResult>('/editorial/mark-reviewed', {
      contentType,
      documentIds,
      locale,
      ...(note?.trim() ? { note: note.trim() } : {}),
    });
    return data.data;
  },
  async settings(): Promise<SettingsResponse['data']> {
    const { data } = await client.get<SettingsResponse>('/editorial/settings');
    return data.data;
  },
  async saveSettings(input: EditableSettingsInput): Promise<void> {
    await client.put('/editorial/settings', input);
  },
  async digestStatus(): Promise<DigestStatus> {
    const { data } = await client.get<{ data: DigestStatus }>('/editorial/digest/me');
    return data.data;
  },
  async setDigestSubscription(subscribed: boolean): Promise<DigestStatus> {
    const { data } = await client.put<{ data: DigestStatus }>('/editorial/digest/me', { subscribed });
    return data.data;
  },
  async setDigestIncludeEditors(includeEditorsWithoutArticles: boolean): Promise<DigestStatus> {
    const { data } = await client.put<{ data: DigestStatus }>('/editorial/digest/settings', { includeEditorsWithoutArticles });
    return data.data;
  },
  async locales(): Promise<AdminLocale[]> {
    const { data } = await client.get<AdminLocale[]>('/i18n/locales');
    return data;
  },
  async webhooks(): Promise<WebhookSubscription[]> {
    const { data } = await client.get<{ data: WebhookSubscription[] }>('/editorial/webhooks');
    return data.data;
  },
  async subscribeWebhook(id: string, events: string[]): Promise<WebhookSubscription> {
    const { data } = await client.put<{ data: WebhookSubscription }>(`/editorial/webhooks/${encodeURIComponent(id)}`, { events });
    return data.data;
  },
  async scanFreshnessEvents(): Promise<FreshnessScanResult['data']> {
    const { data } = await client.post<FreshnessScanResult>('/editorial/freshness-events/scan');
    return data.data;
  },
});

export type EditorialApi = ReturnType<typeof createEditorialApi>;

/** A field-level problem the server reported (`details.errors[].path`). */
export interface ServerFieldError {
  path: string[];
  message: string;
}

/** The message and field errors of a failed admin request, whatever shape the error has. */
export function describeRequestError(error: unknown): { message: string; fields: ServerFieldError[] } {
  const e = error as {
    response?: { data?: { error?: { message?: string; details?: { errors?: ServerFieldError[] } } } };
    message?: string;
  };
  const apiError = e?.response?.data?.error;
  return {
    message: apiError?.message ?? e?.message ?? String(error),
    fields: Array.isArray(apiError?.details?.errors) ? apiError!.details!.errors! : [],
  };
}
