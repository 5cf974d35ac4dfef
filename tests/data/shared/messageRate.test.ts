import { MessageRate } from '../../../data/messageRate';
import { SHARED_ENGINES, type SharedDatabase } from '../../support/sharedDatabase';

const NOW = new Date('2026-11-29T10:00:30Z');
const PER_MINUTE = 5;
const MESSAGES = 50;

describe.each(SHARED_ENGINES)('the message rate shared by two processes, on %s', (_engine, open) => {
  let database: SharedDatabase;
  beforeEach(async () => { database = await open(); });
  afterEach(() => database.close());

  it(`lets exactly ${PER_MINUTE} of ${MESSAGES} messages a minute through, sent at once alternately to each process`, async () => {
    const rates = database.clients.map((sql) => new MessageRate(sql, PER_MINUTE));
    const user = { channelId: 'facebook', userId: 'psid-1' };
    const verdicts = await Promise.all(Array.from({ length: MESSAGES }, (_, n) => rates[n % 2].count(user, NOW)));

    const tally = (verdict: string) => verdicts.filter((each) => each === verdict).length;
    expect([tally('ok'), tally('refuse'), tally('ignore')]).toEqual([PER_MINUTE, 1, MESSAGES - PER_MINUTE - 1]);
    // The next minute starts again from zero, on either process.
    expect(await rates[1].count(user, new Date('2026-11-29T10:01:00Z'))).toBe('ok');
  });
});
