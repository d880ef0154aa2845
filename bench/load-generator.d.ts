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
  /** The slowest few requests (failed ones have status null), slowest first. */
  slowest: Array<{ path: string; ms: number; status: number | null }>;
}

export function runLoad(options: {
  url: string;
  connections: number;
  durationS: number;
  timeoutMs: number;
  requests: LoadRequest[];
  host?: string;
  /** The connections' source address (e.g. 127.0.0.2), so the server sees them as one client apart from others. */
  localAddress?: string;
}): Promise<LoadResult>;
export function percentile(values: number[], p: number): number;
/** The largest value of all the lists (0 for none), without spreading them into arguments. */
export function maxOf(...lists: number[][]): number;
export function summary(name: string, r: LoadResult): string;
