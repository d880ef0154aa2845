/**
 * Bounded admission for requests that must be computed (the response cache answers the
 * rest before they get here). At most `concurrency` run at once; the next `queue` wait,
 * each for at most `maxWaitMs`, every client in its own line and the lines served in
 * turn; anyone beyond that is refused at once.
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

/**
 * How long a request refused at once is held before its 503 goes out: a client that sends
 * the next request as soon as the last is answered (a flood does) would otherwise get
 * thousands of 503s a second, and answering those took the CPU the admitted requests need
 * (measured: 1,800 refusals a second left 5 answers a second for everyone else). Held, a
 * request costs a timer; each flooding connection gets about one refusal a second.
 */
export function refusalDelayMs(limits: AdmissionLimits): number {
  return Math.min(limits.maxWaitMs, 1000);
}

/** Runs a function on a later turn of the event loop (`setImmediate`; tests pass their own). */
export type Defer = (run: () => void) => void;

/**
 * How many of one client's requests may wait: enough for a burst of its own (a page's reads),
 * never so many that one client fills the queue everyone shares.
 */
export function clientQueueLimit(limits: AdmissionLimits): number {
  return Math.min(limits.queue, Math.max(limits.concurrency, Math.ceil(limits.queue / 8)));
}

interface Waiting {
  client: string;
  admit: () => void;
  refuse: () => void;
  timer: NodeJS.Timeout;
}

/**
 * Requests pass one per turn of the event loop, in the turn's check phase (`setImmediate`),
 * never straight from the socket's callback. Node (libuv ≥ 1.45) accepts one new connection
 * per turn, and one turn runs every request whose socket was ready in it: with SQLite a
 * request's work is synchronous, so 25 ready requests made a 300 ms turn, and a new
 * connection waited 25 such turns. Passed one per turn, each turn stays one request long
 * and new connections are taken up in time (docs/performance.md#under-load-no-reader-waits).
 *
 * Fair share per client (`enter(client)`, e.g. its IP): each client waits in its own line,
 * and the gate passes the clients with requests waiting in turn, so a client's flood queues
 * behind its own requests and not in front of everyone else's. One client may have at
 * most `clientQueueLimit` waiting; when the shared queue is full, a newcomer with fewer
 * waiting than the client with the most takes the place of that client's newest request.
 * A request refused at once is answered `refusalDelay` later (see `refusalDelayMs`).
 */
export class AdmissionGate {
  private running = 0;
  private waitingCount = 0;
  /** One line per client with requests waiting; the map's order is the order of their turns. */
  private readonly lines = new Map<string, Waiting[]>();
  private passScheduled = false;
  readonly clientQueue: number;

  constructor(
    readonly limits: AdmissionLimits,
    private readonly defer: Defer = setImmediate,
    /** A request refused at once gets its answer this much later (`refusalDelayMs`; 0: at once). */
    private readonly refusalDelay = 0,
  ) {
    this.clientQueue = clientQueueLimit(limits);
  }

  get load(): { running: number; waiting: number } {
    return { running: this.running, waiting: this.waitingCount };
  }

  /** Resolves when the caller may run (then it must call `leave()` once), or says why not. */
  enter(client = ''): Promise<Admission> {
    // Those a free place awaits on the next turns are not queued in the sense of `queue`.
    const free = Math.max(0, this.limits.concurrency - this.running);
    const own = this.lines.get(client)?.length ?? 0;
    if (own - free >= this.clientQueue) return this.refuse();
    if (this.waitingCount - free >= this.limits.queue && !this.makeRoomFor(own)) return this.refuse();
    return new Promise<Admission>((resolve) => {
      const entry: Waiting = {
        client,
        admit: () => {
          clearTimeout(entry.timer);
          this.running += 1;
          resolve('admitted');
        },
        refuse: () => {
          clearTimeout(entry.timer);
          resolve('queue full');
        },
        timer: setTimeout(() => {
          this.forget(entry);
          resolve('waited too long');
        }, this.limits.maxWaitMs),
      };
      const line = this.lines.get(client);
      if (line) line.push(entry);
      else this.lines.set(client, [entry]);
      this.waitingCount += 1;
      this.schedulePass();
    });
  }

  private refuse(): Promise<Admission> {
    if (this.refusalDelay <= 0) return Promise.resolve('queue full');
    return new Promise((resolve) => setTimeout(() => resolve('queue full'), this.refusalDelay));
  }

  leave(): void {
    this.running = Math.max(0, this.running - 1);
    this.schedulePass();
  }

  /** Refuses the newest request of the client with the most waiting, if that evens the shares out. */
  private makeRoomFor(own: number): boolean {
    let longest: Waiting[] | undefined;
    for (const line of this.lines.values()) if (!longest || line.length > longest.length) longest = line;
    // Only when the newcomer would still have fewer waiting: equal clients never take turns pushing each other out.
    if (!longest || own + 1 >= longest.length) return false;
    const newest = longest.pop()!; // longest keeps at least one: it had more than own + 1 ≥ 1
    this.waitingCount -= 1;
    newest.refuse();
    return true;
  }

  private forget(entry: Waiting): void {
    const line = this.lines.get(entry.client);
    const at = line ? line.indexOf(entry) : -1;
    if (!line || at < 0) return;
    line.splice(at, 1);
    this.waitingCount -= 1;
    if (line.length === 0) this.lines.delete(entry.client);
  }

  /** The first client in turn passes its oldest request and, with more waiting, goes to the back. */
  private admitNext(): void {
    const first = this.lines.entries().next();
    if (first.done) return;
    const [client, line] = first.value;
    const entry = line.shift()!;
    this.lines.delete(client);
    if (line.length > 0) this.lines.set(client, line);
    this.waitingCount -= 1;
    entry.admit();
  }

  private schedulePass(): void {
    if (this.passScheduled || this.waitingCount === 0 || this.running >= this.limits.concurrency) return;
    this.passScheduled = true;
    this.defer(() => {
      this.passScheduled = false;
      if (this.running < this.limits.concurrency) this.admitNext();
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

/**
 * Whom a request counts to for its fair share: its IP address (Koa's `request.ip`, which
 * honours the proxy setting), an IPv6 address by its /64, since one host usually holds a
 * whole /64 and could otherwise be as many clients as it likes. Not the Authorization
 * header: admission runs before authentication, so a made-up token per request would make
 * every request a client of its own.
 */
export function admissionClientKey(ip: string): string {
  const address = ip.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '').replace(/%.*$/, '');
  if (!address.includes(':')) return address;
  const [head, tail = ''] = address.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = address.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = address.includes('::') ? [...left, ...Array(Math.max(0, 8 - left.length - right.length)).fill('0'), ...right] : left;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/** Admission's refusals, counted for one warning a second instead of a log line per 503. */
export class RefusalTally {
  private counts: Record<Exclude<Admission, 'admitted'>, number> = { 'queue full': 0, 'waited too long': 0 };

  /** Counts a refusal; true for the first since the last `take()`: the caller then schedules one. */
  note(reason: Exclude<Admission, 'admitted'>): boolean {
    this.counts[reason] += 1;
    return this.counts['queue full'] + this.counts['waited too long'] === 1;
  }

  /** The line to log for what was counted since the last call, and starts counting anew. */
  take(): string {
    const { 'queue full': full, 'waited too long': late } = this.counts;
    this.counts = { 'queue full': 0, 'waited too long': 0 };
    return `admission refused ${full + late} requests in the last second (queue full: ${full}, waited too long: ${late})`;
  }
}
