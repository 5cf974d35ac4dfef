import { prepareUsers, type BenchUser } from '../../bot/bench/conversations';
import { openDatabase, type Db } from '../../data/database';
import { generateBank } from '../../data/scale/generateBank';
import { createTestBot, testAdapter, NOW, TIME_ZONE, type TestBot } from '../support/testBot';

/**
 * The bench's own conversations, replayed through the composed bot on a bank the bench's generator made:
 * in its soak, "How much at Nando's this year?" (and Sainsbury's, Pret A Manger) was answered with the
 * balances. Each chosen customer asks the bench's questions in the bench's order, round after round,
 * interleaved with the others as the bench does, and every total must name the merchant with its exact sum.
 */
const TURNS = 24;
const N = '\u202f';
const S = '\u00a0';

/** Local days in Paris as instants, as the store reads them: October (CEST) and 1 January–29 November. */
const PERIODS = {
  lastMonth: { start: '2026-09-30T22:00:00.000Z', end: '2026-10-31T23:00:00.000Z', en: 'from 1 to 31 October', fr: 'du 1er au 31 octobre' },
  thisYear: { start: '2025-12-31T23:00:00.000Z', end: '2026-11-29T23:00:00.000Z', en: 'from 1 January to 29 November', fr: 'du 1er janvier au 29 novembre' },
};

function spentAt(db: Db, customerId: string, merchant: string, period: { start: string; end: string }) {
  return db.prepare<unknown[], { cents: number; count: number; pending: number }>(`
    SELECT coalesce(sum(-t.amount_cents), 0) AS cents, count(*) AS count,
      count(CASE WHEN t.status = 'pending' THEN 1 END) AS pending
    FROM transactions t JOIN accounts a ON a.id = t.account_id
    WHERE a.customer_id = ? AND t.merchant = ? AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
      AND t.booked_at >= ? AND t.booked_at < ?`).get(customerId, merchant, period.start, period.end) ?? { cents: 0, count: 0, pending: 0 };
}

function euros(cents: number, language: 'fr' | 'en'): string {
  const [units, decimals] = (cents / 100).toFixed(2).split('.');
  const grouped = units.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'fr' ? N : ',');
  return language === 'fr' ? `${grouped},${decimals}${S}€` : `€${grouped}.${decimals}`;
}

function expectedTotal(db: Db, user: BenchUser, merchant: string, periodName: keyof typeof PERIODS): string {
  const period = PERIODS[periodName];
  const { cents, count, pending } = spentAt(db, user.customerId, merchant, period);
  expect(pending).toBe(0); // the generated bank's favourite shops have only booked payments in these periods
  const scope = period[user.language];
  if (user.language === 'en') {
    return count === 0 ? `Nothing spent at ${merchant}, ${scope}.` : `At ${merchant}, ${scope}: ${euros(cents, 'en')} spent in ${count} payment${count > 1 ? 's' : ''}.`;
  }
  return count === 0 ? `Aucune dépense chez ${merchant}, ${scope}.` : `Chez ${merchant}, ${scope}${S}: ${euros(cents, 'fr')} dépensés en ${count} paiement${count > 1 ? 's' : ''}.`;
}

describe("the bench's conversations, round after round", () => {
  let bot: TestBot;
  let users: BenchUser[];
  beforeAll(async () => {
    const db = openDatabase(':memory:');
    await generateBank(db, { customers: 420, months: 6, now: new Date(NOW) });
    // The bench speaks faster than people do, and so does this test (all its turns in the same minute).
    bot = await createTestBot({ db, env: { RATE_LIMIT_PER_MINUTE: '1000000' } });
    const linked = await prepareUsers(db, 'webchat', 300, TIME_ZONE, bot.clock.now());
    const favourite = (merchant: string, language: 'fr' | 'en') =>
      linked.find((user) => user.language === language && user.questions.some((question) => question.merchant === merchant));
    users = [favourite("Nando's", 'en'), favourite("Sainsbury's", 'en'), favourite('Pret A Manger', 'en'), favourite('Carrefour', 'fr')]
      .filter((user): user is BenchUser => user !== undefined);
  });

  it('names the merchant with its exact total at every turn, in both languages', async () => {
    expect(users.map((user) => user.questions[1].merchant)).toEqual(["Nando's", "Sainsbury's", 'Pret A Manger', 'Carrefour']);
    const adapters = users.map((user) => testAdapter(bot, { channelId: 'webchat', userId: user.userId }, user.language === 'fr' ? 'fr-FR' : 'en-GB'));
    const replies: string[] = [];
    const expected: string[] = [];
    for (let turn = 0; turn < TURNS; turn++) {
      for (const [index, user] of users.entries()) {
        const question = user.questions[turn % user.questions.length];
        await adapters[index].send(question.text);
        const texts = adapters[index].activeQueue.splice(0).filter((activity) => activity.type === 'message').map((activity) => activity.text ?? '');
        if (question.kind !== 'total' || !question.merchant) continue;
        replies.push(`turn ${turn + 1}, ${question.text} → ${texts.join('\n')}`);
        expected.push(`turn ${turn + 1}, ${question.text} → ${expectedTotal(bot.db, user, question.merchant, /this year|cette année/.test(question.text) ? 'thisYear' : 'lastMonth')}`);
      }
    }
    expect(replies).toHaveLength(4 * 2 * (TURNS / 6));
    expect(replies).toEqual(expected);
  });
});
