import { createHash } from 'node:crypto';
import { LinkStore } from '../../data/linkStore';
import { ENGINES, type EngineDatabase } from '../support/engines';

const POLICY = { codeTtlMinutes: 10, maxFailedAttempts: 5, lockoutMinutes: 15, linkValidityDays: 180, globalFailuresPerMinute: 20 };
const NOW = new Date('2026-11-29T10:00:00Z');
const camille = { channelId: 'facebook', userId: 'psid-1' };

function minutesLater(minutes: number): Date {
  return new Date(NOW.getTime() + minutes * 60_000);
}

describe.each(ENGINES)('LinkStore on %s', (_engine, open) => {
  let engine: EngineDatabase;
  let links: LinkStore;

  beforeEach(async () => {
    engine = await open();
    await engine.sql.statement("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Camille Martin', 'fr-FR'), ('c2', 'James Wilson', 'en-GB')").run();
    links = new LinkStore(engine.sql, POLICY);
  });
  afterEach(() => engine.close());

  it('issues 8-character codes with a digit, and stores only their hash', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 200; i++) codes.push(await links.issueCode('c1', NOW) as string);
    for (const code of codes) expect(code).toMatch(/^(?=.*\d)[A-HJKMNP-Z2-9]{8}$/);
    const stored = await engine.sql.statement<{ code_hash: string }>('SELECT code_hash FROM link_codes ORDER BY code_hash').all();
    expect(stored.map((row) => row.code_hash)).toEqual(codes.map((code) => createHash('sha256').update(code).digest('hex')).sort());
    // No column of any row holds a code, in any case.
    const everything = JSON.stringify(await engine.sql.statement('SELECT * FROM link_codes').all()).toUpperCase();
    expect(codes.filter((code) => everything.includes(code))).toEqual([]);
  });

  it('refuses to issue a code for an unknown customer', async () => {
    expect(await links.issueCode('nobody', NOW)).toBeNull();
  });

  it('links a chat user with a valid code, ignoring case and spaces, once only', async () => {
    const code = await links.issueCode('c1', NOW) as string;
    const typed = `${code.slice(0, 4).toLowerCase()} ${code.slice(4)}`;
    expect(await links.redeem(camille, typed, minutesLater(1))).toEqual({ kind: 'linked', customerId: 'c1' });
    expect(await links.link(camille, minutesLater(2))).toEqual({
      kind: 'linked', customerId: 'c1', expiresAt: new Date('2027-05-28T10:01:00Z'),
    });
    const other = { channelId: 'facebook', userId: 'psid-2' };
    expect(await links.redeem(other, code, minutesLater(2))).toEqual({ kind: 'invalid', attemptsLeft: 4 });
  });

  it('refuses a code after its 10 minutes', async () => {
    const code = await links.issueCode('c1', NOW) as string;
    expect(await links.redeem(camille, code, minutesLater(10))).toEqual({ kind: 'invalid', attemptsLeft: 4 });
    expect(await links.link(camille, minutesLater(10))).toEqual({ kind: 'none' });
  });

  it('treats the same user id on another channel as another person', async () => {
    await links.redeem(camille, await links.issueCode('c1', NOW) as string, NOW);
    expect(await links.link({ channelId: 'msteams', userId: 'psid-1' }, NOW)).toEqual({ kind: 'none' });
  });

  it('locks linking after 5 wrong codes, even for the right code, for 15 minutes', async () => {
    const code = await links.issueCode('c1', NOW) as string;
    const outcomes = [];
    for (let i = 0; i < 4; i++) outcomes.push(await links.redeem(camille, 'WRONGONE', NOW));
    expect(outcomes.map((o) => (o.kind === 'invalid' ? o.attemptsLeft : -1))).toEqual([4, 3, 2, 1]);
    expect(await links.redeem(camille, 'WRONGONE', NOW)).toEqual({ kind: 'locked', until: minutesLater(15) });
    expect(await links.redeem(camille, code, minutesLater(5))).toEqual({ kind: 'locked', until: minutesLater(15) });
    expect(await links.link(camille, minutesLater(5))).toEqual({ kind: 'none' });
    const fresh = await links.issueCode('c1', minutesLater(15)) as string;
    expect(await links.redeem(camille, fresh, minutesLater(15))).toEqual({ kind: 'linked', customerId: 'c1' });
  });

  it('expires a link after 180 days and ends it on unlink', async () => {
    await links.redeem(camille, await links.issueCode('c1', NOW) as string, NOW);
    expect(await links.link(camille, new Date('2027-05-28T10:00:00Z'))).toEqual({ kind: 'expired', customerId: 'c1' });
    expect(await links.unlink(camille)).toBe(true);
    expect(await links.unlink(camille)).toBe(false);
    expect(await links.link(camille, NOW)).toEqual({ kind: 'none' });
  });

  it('needs a new code to re-link to another customer', async () => {
    await links.redeem(camille, await links.issueCode('c1', NOW) as string, NOW);
    expect(await links.redeem(camille, await links.issueCode('c2', NOW) as string, NOW)).toEqual({ kind: 'linked', customerId: 'c2' });
    expect(await links.link(camille, NOW)).toMatchObject({ kind: 'linked', customerId: 'c2' });
  });
});

/**
 * Concurrent wrong codes in one process, on SQLite (one writer at a time). On PostgreSQL the count is not
 * yet atomic (12 of 50 got "invalid" here): shared lockouts across processes are #14 point 5, on its own branch.
 */
describe.each(ENGINES.filter(([name]) => name === 'SQLite'))('LinkStore on %s, wrong codes at once', (_engine, open) => {
  let engine: EngineDatabase;
  let links: LinkStore;
  beforeEach(async () => {
    engine = await open();
    await engine.sql.statement("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Camille Martin', 'fr-FR')").run();
    links = new LinkStore(engine.sql, POLICY);
  });
  afterEach(() => engine.close());

  it('locks after exactly 5 failures when 50 wrong codes arrive at once', async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 50 }, () => Promise.resolve().then(() => links.redeem(camille, 'WRONGONE', NOW))),
    );
    expect(outcomes.filter((o) => o.kind === 'invalid')).toHaveLength(4);
    expect(outcomes.filter((o) => o.kind === 'locked')).toHaveLength(46);
    expect(outcomes[4]).toEqual({ kind: 'locked', until: minutesLater(15) });
  });
});
