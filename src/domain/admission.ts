/**
 * Bounded admission for requests that must be computed (the response cache answers the
 * rest before they get here). At most `concurrency` run at once; the next `queue` wait in
 * order of arrival, each for at most `maxWaitMs`; anyone beyond that is refused at once.
 * A refused request gets a quick 503 with Retry-After instead of waiting seconds behind
 * work the server cannot finish sooner: one Node process saturated with CPU work also
 * takes new connections up late, so letting everything in makes every reader wait.
 */
export interface AdmissionLimits {
  concurrency: number;
  queue: number;
  maxWaitMs: number;
}

export type Admission = 'admitted' | 'queue full' | 'waited too long';

/** Runs a function on a later turn of the event loop (`setImmediate`; tests pass their own). */
export type Defer = (run: () => void) => void;

/**
 * Requests pass one per turn of the event loop, in the turn's check phase (`setImmediate`),
 * never straight from the socket's callback. Node (libuv ≥ 1.45) accepts one new connection
 * per turn, and one turn runs every request whose socket was ready in it: with SQLite a
 * request's work is synchronous, so 25 ready requests made a 300 ms turn, and a new
 * connection waited 25 such turns. Passed one per turn, each turn stays one request long
 * and new connections are taken up in time (docs/performance.md#under-load-no-reader-waits).
 */
export class AdmissionGate {
  private running = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];
  private passScheduled = false;

  constructor(
    readonly limits: AdmissionLimits,
    private readonly defer: Defer = setImmediate,
  ) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Resolves when the caller may run (then it must call `leave()` once), or says why not. */
  enter(): Promise<Admission> {
    // Those a free place awaits on the next turns are not queued in the sense of `queue`.
    const free = Math.max(0, this.limits.concurrency - this.running);
    if (this.waiting.length - free >= this.limits.queue) return Promise.resolve('queue full');
    return new Promise<Admission>((resolve) => {
      const entry = {
        admit: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve('admitted');
        },
        timer: setTimeout(() => {
          const at = this.waiting.indexOf(entry);
          if (at >= 0) this.waiting.splice(at, 1);
          resolve('waited too long');
        }, this.limits.maxWaitMs),
      };
      this.waiting.push(entry);
      this.schedulePass();
    });
  }

  leave(): void {
    this.running = Math.max(0, this.running - 1);
    this.schedulePass();
  }

  private schedulePass(): void {
    if (this.passScheduled || this.waiting.length === 0 || this.running >= this.limits.concurrency) return;
    this.passScheduled = true;
    this.defer(() => {
      this.passScheduled = false;
      if (this.running < this.limits.concurrency) this.waiting.shift()?.admit();
      this.schedulePass();
    });
  }
}

export const DEFAULT_ADMISSION: AdmissionLimits = { concurrency: 8, queue: 256, maxWaitMs: 2000 };

/** `ADMISSION_CONCURRENCY`, `ADMISSION_QUEUE`, `ADMISSION_MAX_WAIT_MS`; `ADMISSION=off` lets everything in. A malformed value stops startup naming the variable. */
export function admissionLimits(env: Record<string, string | undefined>): AdmissionLimits | null {
  const switchValue = (env.ADMISSION ?? 'on').trim().toLowerCase();
  if (!['on', 'off', ''].includes(switchValue)) throw new Error(`ADMISSION must be "on" or "off", not "${env.ADMISSION}"`);
  if (switchValue === 'off') return null;
  const read = (name: string, fallback: number, max: number) => {
    const raw = (env[name] ?? '').trim();
    if (raw === '') return fallback;
    if (!/^\d{1,7}$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
      throw new Error(`${name} must be a whole number from 1 to ${max}, not "${env[name]}"`);
    return Number(raw);
  };
  return {
    concurrency: read('ADMISSION_CONCURRENCY', DEFAULT_ADMISSION.concurrency, 1000),
    queue: read('ADMISSION_QUEUE', DEFAULT_ADMISSION.queue, 100_000),
    maxWaitMs: read('ADMISSION_MAX_WAIT_MS', DEFAULT_ADMISSION.maxWaitMs, 600_000),
  };
}
