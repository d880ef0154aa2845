export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
}

export interface LoadResult {
  sent: number;
  answered: number;
  /** No answer within the timeout, or a connection error. */
  failed: number;
  byStatus: Record<number, number>;
  /** Latencies in ms of answered requests other than 503s. */
  latencies: number[];
  latencies503: number[];
  firstAnswerMs: number[];
  durationS: number;
  xCache: Record<string, number>;
}

export function runLoad(options: {
  url: string;
  connections: number;
  durationS: number;
  timeoutMs: number;
  requests: LoadRequest[];
  host?: string;
}): Promise<LoadResult>;
export function percentile(values: number[], p: number): number;
export function summary(name: string, r: LoadResult): string;
