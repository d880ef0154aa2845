export const TEMPLATE_SAFE_ENV: Set<string>;
export function buildDatabaseTemplate(runId: string): Promise<void>;
export function mayUseTemplate(options: {
  seed?: boolean;
  covers?: boolean;
  reuseDatabase?: boolean;
  env?: Record<string, string>;
}): boolean;
