import { nextSettlement, withoutSettlements, type Settlement } from '../../../data/insights/cardSettlement';
import type { RecurringSeries } from '../../../data/insights/recurring';
import type { Account } from '../../../data/types';

const account = (id: string, type: Account['type'], name: string, balanceCents: number): Account =>
  ({ id, customerId: 'c', type, name, iban: null, cardLast4: null, currency: 'EUR', balanceCents });
const checking = account('chk', 'checking', 'Compte courant', 200000);
const card = account('card', 'credit_card', 'Carte Visa Premier', -116256);
const on = (...dates: string[]): Settlement[] => dates.map((date) => ({ date, cardAccountId: 'card' }));

/** When a card is settled monthly from the checking account, and for how much the next settlement is expected. */
describe('a credit card’s next monthly settlement', () => {
  it('is a month after the last one, for what the card owes, debited from checking', () => {
    expect(nextSettlement(on('2026-10-05', '2026-11-05'), card, checking, '2026-12-02'))
      .toEqual({ merchant: 'Carte Visa Premier', accountId: 'chk', date: '2026-12-05', amountCents: 116256, settlesCard: 'Carte Visa Premier' });
  });

  it('takes days that drift within the monthly tolerance (weekends), not a single transfer', () => {
    expect(nextSettlement(on('2026-10-03', '2026-11-05'), card, checking, '2026-12-02')?.date).toBe('2026-12-05');
    expect(nextSettlement(on('2026-11-05'), card, checking, '2026-12-02')).toBeNull();
    expect(nextSettlement(on('2026-09-05', '2026-10-20', '2026-11-05'), card, checking, '2026-12-02')).toBeNull();
  });

  it('a late one is expected today; one overdue past the tolerance is no habit any more', () => {
    expect(nextSettlement(on('2026-10-05', '2026-11-05'), card, checking, '2026-12-07')?.date).toBe('2026-12-07');
    expect(nextSettlement(on('2026-09-05', '2026-10-05'), card, checking, '2026-12-02')).toBeNull();
  });

  it('nothing is expected when the card owes nothing, or for another card', () => {
    expect(nextSettlement(on('2026-10-05', '2026-11-05'), { ...card, balanceCents: 0 }, checking, '2026-12-02')).toBeNull();
    expect(nextSettlement(on('2026-10-05', '2026-11-05'), { ...card, id: 'other' }, checking, '2026-12-02')).toBeNull();
  });
});

describe('a settlement also found as a recurring series', () => {
  const series = (merchant: string, accountId = 'chk') => ({ merchant, accountId }) as RecurringSeries;
  it('is left to the settlement, counted once; other series and other accounts stay', () => {
    const found = [series('PRLV Carte Visa Premier Debit Differe'), series('Netflix'), series('PRLV CARTE VISA PREMIER DEBIT DIFFERE', 'sav')];
    expect(withoutSettlements(found, ['PRLV CARTE VISA PREMIER DEBIT DIFFERE'], checking).map((s) => [s.merchant, s.accountId]))
      .toEqual([['Netflix', 'chk'], ['PRLV CARTE VISA PREMIER DEBIT DIFFERE', 'sav']]);
  });
});
