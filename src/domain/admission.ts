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

export class AdmissionGate {
  private running = 0;
  private readonly waiting: Array<{ admit: () => void; timer: NodeJS.Timeout }> = [];

  constructor(readonly limits: AdmissionLimits) {}

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waiting.length };
  }

  /** Resolves when the caller may run (then it must call `leave()` once), or says why not. */
  enter(): Promise<Admission> {
    if (this.running < this.limits.concurrency && this.waiting.length === 0) {
      this.running += 1;
      return Promise.resolve('admitted');
    }
    if (this.waiting.length >= this.limits.queue) return Promise.resolve('queue full');
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
    });
  }

  leave(): void {
    this.running = Math.max(0, this.running - 1);
    const next = this.waiting.shift();
    if (next) next.admit();
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
