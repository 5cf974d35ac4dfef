import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/** Two periods' spending set against each other on the demo bank (Sunday 29 November 2026), in both languages. */
describe('spending compared between two periods on the demo bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  /** Money spent from `start` to `end` (days in Paris), transfers between own accounts left out, straight from SQL. */
  function spentFromSql(customerId: string, start: string, end: string): number {
    const row = bot.db.prepare(`
      SELECT sum(-t.amount_cents) AS cents FROM transactions t JOIN accounts a ON a.id = t.account_id
      WHERE a.customer_id = @customerId AND t.amount_cents < 0 AND t.counterparty_account_id IS NULL
        AND t.booked_at >= @start AND t.booked_at < @end`).get({ customerId, start, end }) as { cents: number };
    return row.cents;
  }
  const OCTOBER = ['2026-09-30T22:00:00.000Z', '2026-10-31T23:00:00.000Z'] as const;
  const OCTOBER_1_TO_29 = ['2026-09-30T22:00:00.000Z', '2026-10-29T23:00:00.000Z'] as const;
  const NOVEMBER_SO_FAR = ['2026-10-31T23:00:00.000Z', '2026-11-29T23:00:00.000Z'] as const;

  const camille = [
    `Vos dépenses (hors virements entre vos comptes)${S}:`,
    `• Du 1er au 31 octobre${S}: 1${N}878,74${S}€`,
    `• Du 1er au 29 novembre${S}: 3${N}168,19${S}€`,
    `Soit 1${N}289,45${S}€ de plus du 1er au 29 novembre.`,
    `Les plus grands écarts${S}:`,
    `• Shopping${S}: 90,79${S}€ → 1${N}191,76${S}€`,
    `• Courses${S}: 264,58${S}€ → 422,42${S}€`,
    `• Transports${S}: 101,68${S}€ → 188,01${S}€`,
  ];

  it('compares October with November so far, whichever is named first (fr)', async () => {
    expect([spentFromSql('c1', ...OCTOBER), spentFromSql('c1', ...NOVEMBER_SO_FAR)]).toEqual([187874, 316819]);
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('j’ai dépensé plus ce mois-ci que le mois dernier ?'))[0].split('\n')).toEqual(camille);
    expect((await chat.texts('compare mes dépenses d’octobre et de novembre'))[0].split('\n')).toEqual(camille);
  });

  it('sets one past month against this month over the same days, and says which days (fr)', async () => {
    expect(spentFromSql('c1', ...OCTOBER_1_TO_29)).toBe(187874);
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('j’ai dépensé combien de plus qu’en octobre ?'))[0].split('\n').slice(0, 4)).toEqual([
      `Vos dépenses (hors virements entre vos comptes)${S}:`,
      `• Du 1er au 29 octobre${S}: 1${N}878,74${S}€`,
      `• Du 1er au 29 novembre${S}: 3${N}168,19${S}€`,
      `Soit 1${N}289,45${S}€ de plus du 1er au 29 novembre.`,
    ]);
  });

  it('narrows both periods to a named category, and says less when it is less (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect((await chat.texts('compare mes dépenses en restaurants en octobre et en novembre'))[0].split('\n')).toEqual([
      `Vos dépenses en restaurants (hors virements entre vos comptes)${S}:`,
      `• Du 1er au 31 octobre${S}: 66,35${S}€`,
      `• Du 1er au 29 novembre${S}: 54,30${S}€`,
      `Soit 12,05${S}€ de moins du 1er au 29 novembre.`,
    ]);
  });

  it('compares in English', async () => {
    expect([spentFromSql('c2', ...OCTOBER), spentFromSql('c2', ...NOVEMBER_SO_FAR)]).toEqual([229232, 271368]);
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    const expected = [
      'Your spending (excluding transfers between your accounts):',
      '• From 1 to 31 October: €2,292.32',
      '• From 1 to 29 November: €2,713.68',
      'That is €421.36 more from 1 to 29 November.',
      'Biggest changes:',
      '• Shopping: €179.98 → €402.95',
      '• Travel: €0.00 → €155.43',
      '• Restaurants: €17.42 → €149.22',
    ];
    expect((await chat.texts('did i spend more this month than last month'))[0].split('\n')).toEqual(expected);
    expect((await chat.texts('compare october and november spending'))[0].split('\n')).toEqual(expected);
  });

  it('still compares this month with the usual when no other period is named (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    expect((await chat.texts('am i spending more than usual'))[0].split('\n')[0]).toBe(
      'This month from 1 to 29 November against the same days of the last 3 months (excluding transfers between your accounts):');
  });
});

describe('transfers and the spending chart on the demo bank', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });

  it('lists this week\'s transfers for "virements", not shopping, and says when there were none (fr)', async () => {
    const chat = await chatAs(bot, 'c1');
    expect(await chat.texts('ya eu des virements cette semaine ?')).toEqual([[
      `Vos opérations en virements, du 23 au 29 novembre (1 à 2 sur 2)${S}:`,
      `• 28 nov. · VIR PERMANENT DEPUIS COMPTE COURANT · +470,00${S}€`,
      `• 28 nov. · VIR PERMANENT VERS LIVRET A · -470,00${S}€`,
    ].join('\n')]);
    expect(await chat.texts('des virements aujourd’hui ?')).toEqual(['Aucune opération en virements, le 29 novembre.']);
  });

  it('answers "show me the spending chart" with the breakdown and its PNG (en)', async () => {
    const chat = await chatAs(bot, 'c2', { locale: 'en-GB' });
    for (const text of ['show me the spending chart', 'draw me a chart of my spending']) {
      const [reply] = (await chat.say(text)).filter((a) => a.type === 'message');
      expect(reply.text?.split('\n')[0]).toBe('Your spending from 1 to 31 October: €2,292.32 (excluding transfers between your accounts).');
      expect([reply.attachments?.[0]?.contentType, reply.attachments?.[0]?.name]).toEqual(['image/png', 'spending.png']);
    }
  });
});
