import { AdmissionGate, admissionLimits, DEFAULT_ADMISSION } from '../../../src/domain/admission';

describe('AdmissionGate', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('lets `concurrency` run, queues the next in order and admits them as others leave', async () => {
    const gate = new AdmissionGate({ concurrency: 2, queue: 2, maxWaitMs: 1000 });
    expect(await gate.enter()).toBe('admitted');
    expect(await gate.enter()).toBe('admitted');
    const order: string[] = [];
    const third = gate.enter().then((a) => order.push(`third ${a}`));
    const fourth = gate.enter().then((a) => order.push(`fourth ${a}`));
    expect(gate.load).toEqual({ running: 2, waiting: 2 });
    expect(await gate.enter()).toBe('queue full');
    gate.leave();
    await third;
    gate.leave();
    await fourth;
    expect(order).toEqual(['third admitted', 'fourth admitted']);
    expect(gate.load).toEqual({ running: 2, waiting: 0 });
  });

  it('refuses a request that waited longer than maxWaitMs, and forgets it', async () => {
    const gate = new AdmissionGate({ concurrency: 1, queue: 5, maxWaitMs: 500 });
    await gate.enter();
    const waiting = gate.enter();
    jest.advanceTimersByTime(500);
    expect(await waiting).toBe('waited too long');
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
    gate.leave();
    expect(gate.load.running).toBe(0);
  });

  it('does not let a newcomer pass those already waiting', async () => {
    const gate = new AdmissionGate({ concurrency: 1, queue: 5, maxWaitMs: 500 });
    await gate.enter();
    const first = gate.enter();
    gate.leave();
    expect(await first).toBe('admitted');
    expect(gate.load).toEqual({ running: 1, waiting: 0 });
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
