import { LinkStore, type RedeemOutcome } from '../../../data/linkStore';
import { SHARED_ENGINES, type SharedDatabase } from '../../support/sharedDatabase';

const POLICY = { codeTtlMinutes: 10, maxFailedAttempts: 5, lockoutMinutes: 15, linkValidityDays: 180, globalFailuresPerMinute: 1000 };
const NOW = new Date('2026-11-29T10:00:00Z');
const TRIES = 50;

/** How many outcomes of each kind, and the attempts left each wrong code was told. */
function tally(outcomes: RedeemOutcome[]) {
  return {
    invalid: outcomes.filter((outcome) => outcome.kind === 'invalid').map((outcome) => (outcome as { attemptsLeft: number }).attemptsLeft).sort(),
    locked: outcomes.filter((outcome) => outcome.kind === 'locked').length,
  };
}

describe.each(SHARED_ENGINES)('link lockouts shared by two processes, on %s', (_engine, open) => {
  let database: SharedDatabase;
  let stores: LinkStore[];
  beforeEach(async () => {
    database = await open();
    await database.clients[0].statement("INSERT INTO customers (id, name, locale) VALUES ('c1', 'Camille Martin', 'fr-FR')").run();
    stores = database.clients.map((sql) => new LinkStore(sql, POLICY));
  });
  afterEach(() => database.close());

  it(`locks a chat user after exactly 5 of ${TRIES} wrong codes sent at once, alternately to each process`, async () => {
    const user = { channelId: 'facebook', userId: 'psid-1' };
    const outcomes = await Promise.all(Array.from({ length: TRIES }, (_, n) => stores[n % 2].redeem(user, 'WRONG234', NOW)));

    // Four told how many tries are left, the fifth locked out by its own failure, the other 45 never tried.
    expect(tally(outcomes)).toEqual({ invalid: [1, 2, 3, 4], locked: TRIES - 4 });
    expect(await stores[0].globalFailures(NOW)).toBe(5);
  });

  it(`locks a request source after exactly 5 wrong codes, whichever of ${TRIES} chat users it claims to be`, async () => {
    const outcomes = await Promise.all(Array.from({ length: TRIES }, (_, n) =>
      stores[n % 2].redeem({ channelId: 'emulator', userId: `rotating-${n}` }, 'WRONG234', NOW, '203.0.113.7')));

    expect(tally(outcomes)).toEqual({ invalid: [4, 4, 4, 4, 4], locked: TRIES - 5 });
    expect(await stores[1].globalFailures(NOW)).toBe(5);
  });
});
