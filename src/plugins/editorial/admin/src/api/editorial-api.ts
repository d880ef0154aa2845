/**
 * Typed calls to the plugin's admin routes. The fetch client is Strapi's
 * (`useFetchClient`), which adds the admin session; tests pass a fake.
 */
import type {
  DocumentFreshness,
  EditableSettingsInput,
  MarkReviewedResult,
  OverviewFilter,
  OverviewResult,
  OverviewSort,
  SettingsResponse,
} from '../../../shared/contracts';

export type {
  CategoryThreshold,
  DocumentFreshness,
  EditableSettingsInput,
  EffectiveSettings,
  OverviewFilter,
  OverviewResult,
  OverviewRow,
  OverviewSort,
  RenderedStatBlock,
  SettingsResponse,
} from '../../../shared/contracts';

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
    const { data } = await client.get<OverviewResult>('/editorial/freshness', { params: { ...params, q: params.q || undefined } });
    return data;
  },
  async markReviewed(contentType: string, documentIds: string[], locale: string | null): Promise<MarkReviewedResult['data']> {
    const { data } = await client.post<MarkReviewedResult>('/editorial/mark-reviewed', { contentType, documentIds, locale });
    return data.data;
  },
  async settings(): Promise<SettingsResponse['data']> {
    const { data } = await client.get<SettingsResponse>('/editorial/settings');
    return data.data;
  },
  async saveSettings(input: EditableSettingsInput): Promise<void> {
    await client.put('/editorial/settings', input);
  },
  async locales(): Promise<AdminLocale[]> {
    const { data } = await client.get<AdminLocale[]>('/i18n/locales');
    return data;
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
