/**
 * The content types that carry freshness (plugin config), read once per admin session:
 * the side panel appears only on those.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { createEditorialApi } from '../api/editorial-api';

let cached: Promise<string[]> | null = null;

export function useEditorialContentTypes(): string[] | null {
  const fetchClient = useFetchClient();
  const [types, setTypes] = React.useState<string[] | null>(null);
  React.useEffect(() => {
    let alive = true;
    cached ??= createEditorialApi(fetchClient)
      .settings()
      .then((data) => data.settings.contentTypes)
      .catch((error) => {
        cached = null;
        throw error;
      });
    cached.then(
      (value) => alive && setTypes(value),
      () => alive && setTypes([]),
    );
    return () => {
      alive = false;
    };
  }, [fetchClient]);
  return types;
}
