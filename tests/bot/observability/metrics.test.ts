import { BotMetrics } from '../../../bot/observability/metrics';
import { capturedLog } from '../../support/capturedLog';
import { startHttpBot, type HttpBot } from '../../support/httpBot';

/** `name{labels} value` lines of the Prometheus text, comments left out. */
function samples(text: string): { name: string; labels: Record<string, string>; value: number }[] {
  return text.split('\n').filter((line) => line && !line.startsWith('#')).map((line) => {
    const [, name, labels = '', value] = /^([a-z_]+)(?:\{(.*)\})? (\S+)$/.exec(line)!;
    return { name, labels: Object.fromEntries([...labels.matchAll(/(\w+)="([^"]*)"/g)].map((m) => [m[1], m[2]])), value: Number(value) };
  });
}

describe('GET /metrics and the per-turn log line', () => {
  let http: HttpBot;
  const log = capturedLog('info');
  let code: string;
  // The four turns both the counters and the log lines are read from, held before any test runs,
  // so each test passes alone and in any order.
  beforeAll(async () => {
    http = await startHttpBot({ env: { METRICS_TOKEN: 'scrape-secret-of-at-least-32-characters' }, logger: log.logger });
    code = await http.bot.services.links.issueCode('c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm1', text: 'lier ZZZZ9999' });
    await http.post({ type: 'message', id: 'm2', text: `lier ${code}` });
    await http.post({ type: 'message', id: 'm3', text: 'quel est mon solde ?' }, { 'x-request-id': 'req-balance-1' });
    await http.post({ type: 'message', id: 'm4', text: 'blorf zuk kwix' });
  });
  afterAll(async () => { await http.stop(); });

  const scrape = async () => {
    const response = await fetch(`${http.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-of-at-least-32-characters' } });
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    return samples(await response.text());
  };
  const value = (all: ReturnType<typeof samples>, name: string, labels: Record<string, string>) =>
    all.find((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))?.value;

  it('counts turns by intent, link outcomes, store calls and HTTP statuses, with no customer identifier', async () => {
    const all = await scrape();

    expect(value(all, 'bank_turns_total', { intent: 'Balance', channel: 'emulator', outcome: 'answered' })).toBe(1);
    expect(value(all, 'bank_turns_total', { intent: 'LinkAccount', channel: 'emulator' })).toBe(2);
    expect(value(all, 'bank_turns_total', { intent: 'None', channel: 'emulator' })).toBe(1);
    expect(value(all, 'bank_recognizer_messages_total', { language: 'fr', result: 'none' })).toBe(1);
    expect(value(all, 'bank_recognizer_messages_total', { language: 'fr', result: 'intent' })).toBe(3);
    expect(value(all, 'bank_turn_duration_seconds_count', { channel: 'emulator' })).toBe(4);
    expect(value(all, 'bank_link_attempts_total', { outcome: 'invalid' })).toBe(1);
    expect(value(all, 'bank_link_attempts_total', { outcome: 'linked' })).toBe(1);
    expect(value(all, 'bank_store_query_duration_seconds_count', { store: 'accounts', operation: 'accounts' })).toBeGreaterThan(0);
    expect(value(all, 'bank_http_responses_total', { route: '/api/messages', status: '200' })).toBe(4);
    expect(value(all, 'bank_notifications', { status: 'pending' })).toBe(0);
    expect(value(all, 'bank_notifications', { status: 'failed' })).toBe(0);

    const labelValues = new Set(all.flatMap((s) => Object.values(s.labels)));
    for (const identifier of ['c1', 'emulator-user', 'conversation-1', 'c1-checking', 'Camille', code]) {
      expect(labelValues.has(identifier)).toBe(false);
    }
  });

  it('writes one line per turn carrying the request id, and no personal data', () => {
    const turns = log.lines().filter((line) => line.msg === 'turn');
    expect(turns.map((line) => line.intent)).toEqual(['LinkAccount', 'LinkAccount', 'Balance', 'None']);
    expect(turns[2]).toMatchObject({ requestId: 'req-balance-1', type: 'message', channel: 'emulator', linked: 'linked', outcome: 'answered' });
    expect(turns.every((line) => typeof line.requestId === 'string')).toBe(true);
    expect(log.text()).not.toMatch(/solde|Camille|emulator-user|ZZZZ9999/);
  });

  it('needs the bearer token when METRICS_TOKEN is set', async () => {
    expect((await fetch(`${http.url}/metrics`)).status).toBe(401);
    expect((await fetch(`${http.url}/metrics`, { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await fetch(`${http.url}/metrics`, { headers: { authorization: 'Bearer scrape-secret-of-at-least-32-characters' } })).status).toBe(200);
  });

  it('includes the process metrics in production', async () => {
    const text = await new BotMetrics({ processMetrics: true }).registry.metrics();
    expect(text).toContain('process_cpu_user_seconds_total');
    expect(text).toContain('nodejs_heap_size_used_bytes');
  });
});
