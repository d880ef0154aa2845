import { AdmissionGate, admissionLimits, DEFAULT_ADMISSION } from '../../../src/domain/admission';

/** A hand-turned event loop: `turn()` runs what the gate deferred to the next turn. */
function loop() {
  let next: Array<() => void> = [];
  return {
    defer: (run: () => void) => {
      next.push(run);
    },
    async turn() {
      const now = next;
      next = [];
      for (const run of now) run();
      await Promise.resolve();
    },
    get pending() {
      return next.length;
    },
  };
}

describe('AdmissionGate', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets `concurrency` run, queues the next in order and admits them as others leave', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 2, queue: 2, maxWaitMs: 1000 }, turns.defer);
    const order: string[] = [];
    const note = (name: string) => (a: string) => order.push(`${name} ${a}`);
    const all = ['first', 'second', 'third', 'fourth'].map((name) => gate.enter().then(note(name)));
    expect(await gate.enter()).toBe('queue full');
    await turns.turn();
    await turns.turn();
    expect(order).toEqual(['first admitted', 'second admitted']);
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    await turns.turn();
    expect(turns.pending).toBe(0); // full: nothing to do until someone leaves
    gate.leave();
    await turns.turn();
    gate.leave();
    await turns.turn();
    await Promise.all(all);
    expect(order).toEqual(['first admitted', 'second admitted', 'third admitted', 'fourth admitted']);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
  });

  it('admits one request per turn of the event loop, never from the caller’s own turn', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 8, queue: 10, maxWaitMs: 1000 }, turns.defer);
    let admitted = 0;
    for (let i = 0; i < 5; i++) void gate.enter().then(() => (admitted += 1));
    await Promise.resolve();
    expect(admitted).toBe(0);
    for (let turn = 1; turn <= 5; turn++) {
      await turns.turn();
      expect(admitted).toBe(turn);
    }
  });

  it('refuses a request that waited longer than maxWaitMs, and forgets it', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 5, maxWaitMs: 500 }, turns.defer);
    const first = gate.enter();
    await turns.turn();
    expect(await first).toBe('admitted');
    const waiting = gate.enter();
    jest.advanceTimersByTime(500);
    expect(await waiting).toBe('waited too long');
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    gate.leave();
    expect(gate.load.running).toBe(0);
  });

  it('does not let a newcomer pass those already waiting', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 5, maxWaitMs: 500 }, turns.defer);
    const order: string[] = [];
    void gate.enter().then(() => order.push('first'));
    await turns.turn();
    void gate.enter().then(() => order.push('second'));
    gate.leave();
    void gate.enter().then(() => order.push('newcomer'));
    await turns.turn();
    expect(order).toEqual(['first', 'second']);
    expect(gate.load).toEqual({ running: 1, waiting: 1 });
  });

  it('passes requests on real turns of the event loop by default', async () => {
    jest.useRealTimers();
    const gate = new AdmissionGate({ concurrency: 2, queue: 5, maxWaitMs: 500 });
    expect(await Promise.all([gate.enter(), gate.enter()])).toEqual(['admitted', 'admitted']);
  });
});

describe('admissionLimits', () => {
  it('has documented defaults, can be switched off, and names a bad variable', () => {
    expect(admissionLimits({})).toEqual(DEFAULT_ADMISSION);
    expect(admissionLimits({ ADMISSION: 'off' })).toBeNull();
    expect(admissionLimits({ ADMISSION_CONCURRENCY: '4', ADMISSION_QUEUE: '10', ADMISSION_MAX_WAIT_MS: '250' })).toEqual({
      concurrency: 4,
      queue: 10,
      maxWaitMs: 250,
    });
    expect(() => admissionLimits({ ADMISSION: 'maybe' })).toThrow(/ADMISSION/);
    expect(() => admissionLimits({ ADMISSION_CONCURRENCY: '0' })).toThrow(/ADMISSION_CONCURRENCY/);
    expect(() => admissionLimits({ ADMISSION_MAX_WAIT_MS: '1.5' })).toThrow(/ADMISSION_MAX_WAIT_MS/);
  });
});
