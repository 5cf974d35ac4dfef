import { TestAdapter, type TurnContext } from 'botbuilder';
import { FixedClock } from '../../../bot/infra/clock';
import { composeBot, type Composition } from '../../../bot/infra/compose';
import { loadConfig } from '../../../bot/infra/config';
import { silentLogger } from '../../../bot/infra/logger';
import type { SqlClient } from '../../../data/sql/sqlClient';
import { SHARED_ENGINES, type SharedDatabase } from '../../support/sharedDatabase';

const NOW = '2026-11-29T10:00:00+01:00';
const TURNS = 50;
const notUsed = { recognize: () => { throw new Error('the recognizer is not used here'); } };

/**
 * One process's bot over the shared database, and an adapter running its conversation middleware (the
 * queue with its cross-process lock, the turn's writes committed at its end) around a turn that counts
 * itself in conversation state: it reads the count, lets other work run, writes the count plus one.
 */
function processOn(sql: SqlClient, seen: number[]): { composition: Composition; adapter: TestAdapter } {
  const composition = composeBot(sql, loadConfig({ DATABASE_PATH: ':memory:' }), new FixedClock(NOW), notUsed, silentLogger);
  const counted = composition.conversationState.createProperty<number>('turnsCounted');
  const countTurn = async (context: TurnContext) => {
    const before = await counted.get(context, 0);
    seen.push(before);
    for (let n = 0; n < 3; n++) await new Promise((resolve) => setImmediate(resolve));
    await counted.set(context, before + 1);
    await composition.conversationState.saveChanges(context);
  };
  const adapter = new TestAdapter(countTurn, {
    channelId: 'emulator', serviceUrl: 'https://test.invalid', from: { id: 'user-1', name: 'customer' }, recipient: { id: 'bot', name: 'bank' },
    conversation: { id: 'conversation-1', isGroup: false, conversationType: 'personal', name: '' },
  });
  adapter.use(composition.conversationQueue, composition.turnWrites);
  return { composition, adapter };
}

describe.each(SHARED_ENGINES)('turns of one conversation served by two processes, on %s', (_engine, open) => {
  let database: SharedDatabase;
  let processes: ReturnType<typeof processOn>[];
  let seen: number[];
  beforeEach(async () => {
    database = await open();
    seen = [];
    processes = database.clients.map((sql) => processOn(sql, seen));
  });
  afterEach(async () => {
    for (const { composition } of processes) await composition.conversationLock.close();
    await database.close();
  });

  it(`counts every one of ${TURNS} turns sent at once, alternately to each process`, async () => {
    await Promise.all(Array.from({ length: TURNS }, (_, n) => processes[n % 2].adapter.receiveActivity(`message ${n}`)));

    // Each turn saw the count the previous one left: none ran beside another, none was lost.
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: TURNS }, (_, n) => n));
    const last: number[] = [];
    await processes[1].adapter.processActivity('one more', async (context) => {
      last.push(await processes[1].composition.conversationState.createProperty<number>('turnsCounted').get(context, 0));
    });
    expect(last).toEqual([TURNS]);
  });

  it('lets turns of another conversation run while one is held', async () => {
    const order: string[] = [];
    const [first, second] = processes.map(({ composition }) => composition.conversationLock);
    let letGo = () => undefined as void;
    let taken = () => undefined as void;
    const isTaken = new Promise<void>((resolve) => { taken = resolve; });
    const held = first.hold('emulator/conversation-1', () => new Promise<void>((resolve) => {
      order.push('held');
      letGo = resolve;
      taken();
    }));
    await isTaken;
    await second.hold('emulator/conversation-2', async () => { order.push('other conversation'); });
    letGo();
    await held;
    await second.hold('emulator/conversation-1', async () => { order.push('same conversation, after'); });
    expect(order).toEqual(['held', 'other conversation', 'same conversation, after']);
  });
});
