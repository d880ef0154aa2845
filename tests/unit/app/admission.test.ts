import http from 'http';
import type { AddressInfo } from 'net';
import {
  AdmissionGate,
  admissionClientKey,
  admissionLimits,
  clientQueueLimit,
  DEFAULT_ADMISSION,
  RefusalTally,
  refusalDelayMs,
} from '../../../src/http/admission/rules';
import { ADMISSION_CLIENT_HEADER, admissionClientHeaders, runForClient, vouchedClient } from '../../../src/http/admission/reader-client';
import { httpReaderApi } from '../../../src/reader-site/templates/api';

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

describe('AdmissionGate: a fair share per client', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  /** Enters `count` requests for `client`, noting `client` + its number in `order` as each is admitted or refused. */
  const enterMany = (
    gate: AdmissionGate,
    client: string,
    count: number,
    order: string[],
    outcomes: Record<string, string> = {},
    from = 1,
  ) =>
    Array.from({ length: count }, (_, i) =>
      gate.enter(client).then((a) => {
        outcomes[`${client}${from + i}`] = a;
        if (a === 'admitted') order.push(`${client}${from + i}`);
      }),
    );

  it('passes the clients with requests waiting in turn, one request per turn, each client’s own in order', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 8, queue: 64, maxWaitMs: 1000 }, turns.defer);
    const order: string[] = [];
    enterMany(gate, 'A', 5, order);
    enterMany(gate, 'B', 2, order);
    enterMany(gate, 'C', 1, order);
    for (let turn = 1; turn <= 8; turn++) {
      await turns.turn();
      expect(order).toHaveLength(turn);
    }
    expect(order).toEqual(['A1', 'B1', 'C1', 'A2', 'B2', 'A3', 'A4', 'A5']);
  });

  it('a flooding client waits behind its own requests: a newcomer passes after at most one of the flood’s', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 64, maxWaitMs: 10_000 }, turns.defer);
    const order: string[] = [];
    enterMany(gate, 'flood', 8, order);
    await turns.turn(); // flood1 runs
    enterMany(gate, 'polite', 1, order);
    for (let i = 0; i < 3; i++) {
      gate.leave();
      await turns.turn();
    }
    expect(order).toEqual(['flood1', 'flood2', 'polite1', 'flood3']);
  });

  it('lets one client have at most clientQueueLimit waiting, so it cannot fill the queue everyone shares', async () => {
    expect(clientQueueLimit(DEFAULT_ADMISSION)).toBe(32);
    expect(clientQueueLimit({ concurrency: 16, queue: 64, maxWaitMs: 1 })).toBe(16);
    expect(clientQueueLimit({ concurrency: 8, queue: 4, maxWaitMs: 1 })).toBe(4);
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 16, maxWaitMs: 1000 }, turns.defer);
    expect(gate.clientQueue).toBe(2);
    const order: string[] = [];
    const outcomes: Record<string, string> = {};
    enterMany(gate, 'A', 1, order, outcomes);
    await turns.turn(); // A1 runs: no place free now
    enterMany(gate, 'A', 3, order, outcomes, 2);
    await Promise.resolve();
    expect(outcomes).toEqual({ A1: 'admitted', A4: 'queue full' }); // A2 and A3 wait
    enterMany(gate, 'B', 1, order, outcomes);
    expect(gate.load).toEqual({ running: 1, waiting: 3 });
  });

  it('when the queue is full, a client with fewer waiting takes the place of the newest request of the client with the most', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 2, queue: 4, maxWaitMs: 1000 }, turns.defer);
    expect(gate.clientQueue).toBe(2);
    const order: string[] = [];
    const outcomes: Record<string, string> = {};
    enterMany(gate, 'X', 2, order, outcomes);
    await turns.turn();
    await turns.turn(); // X1 and X2 run: the queue's 4 places are all there is
    enterMany(gate, 'A', 2, order, outcomes);
    enterMany(gate, 'B', 2, order, outcomes);
    expect(gate.load).toEqual({ running: 2, waiting: 4 });
    expect(await gate.enter('A')).toBe('queue full'); // A's own limit
    enterMany(gate, 'C', 1, order, outcomes);
    await Promise.resolve();
    expect(outcomes).toEqual({ X1: 'admitted', X2: 'admitted', A2: 'queue full' });
    enterMany(gate, 'D', 1, order, outcomes);
    await Promise.resolve();
    expect(outcomes.B2).toBe('queue full');
    // All have one waiting now: nobody is pushed out for E, E is refused.
    expect(await gate.enter('E')).toBe('queue full');
    expect(gate.load).toEqual({ running: 2, waiting: 4 });
    for (let i = 0; i < 4; i++) {
      gate.leave();
      await turns.turn();
    }
    expect(order).toEqual(['X1', 'X2', 'A1', 'B1', 'C1', 'D1']);
  });

  it('answers a request refused at once only after refusalDelay, so a flood that resends at once is slowed to its pace', async () => {
    expect(refusalDelayMs(DEFAULT_ADMISSION)).toBe(1000);
    expect(refusalDelayMs({ concurrency: 1, queue: 1, maxWaitMs: 300 })).toBe(300);
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 16, maxWaitMs: 5000 }, turns.defer, 1000);
    const outcomes: Record<string, string> = {};
    enterMany(gate, 'A', 1, [], outcomes);
    await turns.turn();
    enterMany(gate, 'A', 3, [], outcomes, 2); // A2 and A3 wait, A4 is over A's limit
    jest.advanceTimersByTime(999);
    await Promise.resolve();
    expect(outcomes).toEqual({ A1: 'admitted' });
    jest.advanceTimersByTime(1);
    await Promise.resolve();
    expect(outcomes).toEqual({ A1: 'admitted', A4: 'queue full' });
    expect(gate.load).toEqual({ running: 1, waiting: 2 }); // the held refusal took no place
  });

  it('a request that waited too long leaves its client’s line; the turns of the others stay as they were', async () => {
    const turns = loop();
    const gate = new AdmissionGate({ concurrency: 1, queue: 16, maxWaitMs: 500 }, turns.defer);
    const order: string[] = [];
    const outcomes: Record<string, string> = {};
    enterMany(gate, 'A', 1, order, outcomes);
    await turns.turn();
    enterMany(gate, 'B', 1, order, outcomes);
    jest.advanceTimersByTime(300);
    enterMany(gate, 'C', 2, order, outcomes);
    jest.advanceTimersByTime(200);
    await Promise.resolve();
    expect(outcomes).toEqual({ A1: 'admitted', B1: 'waited too long' });
    expect(gate.load).toEqual({ running: 1, waiting: 2 });
    gate.leave();
    await turns.turn();
    gate.leave();
    await turns.turn();
    expect(order).toEqual(['A1', 'C1', 'C2']);
  });
});

describe('admissionClientKey', () => {
  it('is the IP address, an IPv6 address by its /64', () => {
    expect(admissionClientKey('203.0.113.7')).toBe('203.0.113.7');
    expect(admissionClientKey('::ffff:127.0.0.2')).toBe('127.0.0.2');
    expect(admissionClientKey('2001:db8:0:12:1:2:3:4')).toBe('2001:db8:0:12::/64');
    expect(admissionClientKey('2001:0db8:0000:0012:ffff::1')).toBe('2001:db8:0:12::/64');
    expect(admissionClientKey('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(admissionClientKey('2001:DB8::')).toBe('2001:db8:0:0::/64');
    expect(admissionClientKey('fe80::1%eth0')).toBe('fe80:0:0:0::/64');
    expect(admissionClientKey('::1')).toBe('0:0:0:0::/64');
    expect(admissionClientKey('')).toBe('');
  });
});

describe('RefusalTally', () => {
  it('counts refusals by reason for one line, and says when the first since the last line comes', () => {
    const tally = new RefusalTally();
    expect(tally.note('queue full')).toBe(true);
    expect(tally.note('queue full')).toBe(false);
    expect(tally.note('waited too long')).toBe(false);
    expect(tally.take()).toBe('admission refused 3 requests in the last second (queue full: 2, waited too long: 1)');
    expect(tally.note('waited too long')).toBe(true);
    expect(tally.take()).toBe('admission refused 1 requests in the last second (queue full: 0, waited too long: 1)');
  });
});

describe('the reader’s loopback reads carry its client, vouched for with the process’s secret', () => {
  let server: http.Server;
  let port: number;
  const seen: Array<string | undefined> = [];
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push(req.headers[ADMISSION_CLIENT_HEADER.toLowerCase()] as string | undefined);
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end('{"data":[]}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(() => (seen.length = 0));

  it('sends the header to this server only, for the request under way, and admission believes only that', async () => {
    const reader = { client: '203.0.113.7', host: '127.0.0.1', port };
    await runForClient(reader, () => httpReaderApi(`http://127.0.0.1:${port}`).get('/api/articles'));
    await httpReaderApi(`http://127.0.0.1:${port}`).get('/api/articles'); // no page under way
    await runForClient({ ...reader, port: port + 1 }, () => httpReaderApi(`http://127.0.0.1:${port}`).get('/api/articles')); // API_URL elsewhere
    expect(seen[1]).toBeUndefined();
    expect(seen[2]).toBeUndefined();
    expect(vouchedClient(seen[0])).toBe('203.0.113.7');

    const secret = seen[0]!.slice(0, seen[0]!.indexOf('.'));
    expect(vouchedClient(`${secret.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))}.203.0.113.7`)).toBeNull();
    expect(vouchedClient('guess.203.0.113.7')).toBeNull();
    expect(vouchedClient(`${'ä'.repeat(secret.length)}.x`)).toBeNull();
    expect(vouchedClient(`${secret}.`)).toBeNull();
    expect(vouchedClient(undefined)).toBeNull();
    expect(runForClient(reader, () => admissionClientHeaders('https://api.example.org'))).toEqual({});
    expect(runForClient(reader, () => admissionClientHeaders('not a url'))).toEqual({});
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
