import { openDatabase } from '../../data/database';
import { fullScans, hotStatements, NOT_ON_THE_TURN_PATH, queryPlan, recordingStatements } from '../../data/queryPlans';
import { generateBank } from '../../data/scale/generateBank';
import { composeBot } from '../../bot/infra/compose';
import { loadConfig } from '../../bot/infra/config';
import { FixedClock } from '../../bot/infra/clock';
import type { MessageRecognizer } from '../../bot/turn/messageRecognizer';
import { createLogger } from '../../bot/infra/logger';

const NOW = new Date('2026-11-29T10:00:00+01:00');

/** Every statement the bot prepares, planned on a generated bank with fresh statistics. */
async function plannedStatements() {
  const db = openDatabase(':memory:');
  await generateBank(db, { customers: 300, months: 6, now: NOW });
  const { db: recording, statements } = recordingStatements(db);
  const recognizer: MessageRecognizer = { recognize: () => { throw new Error('not used'); } };
  composeBot(recording, loadConfig({}), new FixedClock(NOW), recognizer, createLogger('silent'));
  return { db, statements };
}

describe('query plans', () => {
  let db: Awaited<ReturnType<typeof plannedStatements>>['db'];
  let statements: Awaited<ReturnType<typeof plannedStatements>>['statements'];
  beforeAll(async () => {
    ({ db, statements } = await plannedStatements());
  });

  it('lists the statements the stores prepare', () => {
    expect(statements.length).toBeGreaterThan(40);
    expect(statements.some((sql) => sql.includes('FROM transactions t JOIN accounts a'))).toBe(true);
  });

  it('reads every table through an index: no statement a turn may run scans a whole table', () => {
    const scanning = hotStatements(statements)
      .map((sql) => ({ sql: sql.replace(/\s+/g, ' ').trim().slice(0, 120), scans: fullScans(queryPlan(db, sql)) }))
      .filter(({ scans }) => scans.length > 0);
    expect(scanning).toEqual([]);
  });

  it('finds a customer\'s transactions through their accounts and the account-and-time index', () => {
    const search = statements.find((sql) => sql.includes('LIMIT @limit OFFSET @offset'));
    expect(queryPlan(db, search ?? '')).toEqual(expect.arrayContaining([
      'SEARCH a USING INDEX accounts_by_customer (customer_id=?)',
      'SEARCH t USING INDEX transactions_by_account_time (account_id=?)',
    ]));
  });

  it('leaves out only the rare statements it names, each of which exists', () => {
    for (const { startsWith } of NOT_ON_THE_TURN_PATH) {
      expect(statements.filter((sql) => sql.trim().startsWith(startsWith))).toHaveLength(1);
    }
    expect(hotStatements(statements)).toHaveLength(statements.length - NOT_ON_THE_TURN_PATH.length);
  });

  it('tells a full scan from an indexed read', () => {
    expect(fullScans(['SCAN audit_log', 'SCAN t USING INDEX x', 'SCAN json_each VIRTUAL TABLE INDEX 1:', 'SEARCH a USING INDEX y (id=?)']))
      .toEqual(['SCAN audit_log']);
    expect(fullScans(queryPlan(db, 'SELECT * FROM audit_log WHERE intent = @intent'))).toEqual(['SCAN audit_log']);
  });
});
