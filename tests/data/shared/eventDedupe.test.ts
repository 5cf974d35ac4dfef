import { seedDemoBankIfEmpty } from '../../../data/demo/seed';
import { EventIntake, type IntakeOutcome } from '../../../data/events/eventIntake';
import { OutboxStore } from '../../../data/outboxStore';
import { SHARED_ENGINES, type SharedDatabase } from '../../support/sharedDatabase';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const EVENTS = 20;
/** Camille's current account in the demo bank, before any event: 3 482,15 €. */
const BALANCE_CENTS = 348215;

function payment(n: number) {
  return {
    id: `evt-${n}`, type: 'transaction.booked', occurredAt: NOW.toISOString(),
    transaction: {
      id: `tx-evt-${n}`, accountId: 'c1-checking', bookedAt: '2026-11-29T09:30:00+01:00', amount: '-1.00',
      description: 'CB CINEMA PATHE', merchant: 'Cinéma Pathé', category: 'leisure', status: 'booked',
    },
  };
}

describe.each(SHARED_ENGINES)('event ids deduplicated across two processes, on %s', (_engine, open) => {
  let database: SharedDatabase;
  beforeEach(async () => {
    database = await open();
    await seedDemoBankIfEmpty(database.clients[0], NOW, 'Europe/Paris');
  });
  afterEach(() => database.close());

  it(`stores each of ${EVENTS} events once when each is posted to both processes at the same moment`, async () => {
    const intakes = database.clients.map((sql) => new EventIntake(sql, new OutboxStore(sql), 300, 'Europe/Paris'));
    const outcomes: IntakeOutcome[] = (await Promise.all(Array.from({ length: EVENTS }, (_, n) =>
      Promise.all(intakes.map((intake) => intake.accept(payment(n), NOW)))))).flat();

    expect(outcomes.filter((outcome) => outcome.kind === 'accepted')).toHaveLength(EVENTS);
    expect(outcomes.filter((outcome) => outcome.kind === 'duplicate')).toHaveLength(EVENTS);
    const count = (table: string) => database.clients[1].statement<{ n: number }>(`SELECT count(*) AS n FROM ${table} WHERE id LIKE 'evt-%' OR id LIKE 'tx-evt-%'`).get();
    expect(await count('events')).toEqual({ n: EVENTS });
    expect(await count('transactions')).toEqual({ n: EVENTS });
    const balance = await database.clients[1].statement<{ balance_cents: number }>("SELECT balance_cents FROM accounts WHERE id = 'c1-checking'").get();
    expect(balance).toEqual({ balance_cents: BALANCE_CENTS - EVENTS * 100 });
  });
});
