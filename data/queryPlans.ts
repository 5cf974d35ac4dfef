/**
 * `EXPLAIN QUERY PLAN` for the statements the stores prepare, so that a test and `npm run bench` can
 * show that every query the bot runs reads through an index and never walks a whole table.
 */
import type { Db } from './database';

/** A `Db` whose `prepare` also records each statement's SQL, to list what a set of stores prepares. */
export function recordingStatements(db: Db): { db: Db; statements: string[] } {
  const statements: string[] = [];
  const recording = new Proxy(db, {
    get(target, property, receiver) {
      if (property === 'prepare') {
        return (sql: string) => {
          statements.push(sql);
          return target.prepare(sql);
        };
      }
      const value = Reflect.get(target, property, receiver) as unknown;
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { db: recording, statements };
}

/** The plan's lines for `sql`, every parameter bound to NULL (the planner does not see values). */
export function queryPlan(db: Db, sql: string): string[] {
  const names = [...new Set([...sql.matchAll(/[@$:]([A-Za-z_]\w*)/g)].map((match) => match[1]))];
  const statement = db.prepare(`EXPLAIN QUERY PLAN ${sql}`);
  const positional = (sql.match(/\?/g) ?? []).length;
  const rows = names.length > 0
    ? statement.all(Object.fromEntries(names.map((name) => [name, null])))
    : statement.all(...Array.from({ length: positional }, () => null));
  return (rows as { detail: string }[]).map((row) => row.detail);
}

/**
 * The lines of a plan that read a whole table: `SCAN t` without an index. Scanning a `json_each` list
 * of parameters, a constant row or a subquery's own result is not reading a table.
 */
export function fullScans(plan: string[]): string[] {
  return plan.filter((line) => /^SCAN /.test(line)
    && !/ USING (COVERING )?INDEX /.test(line)
    && !/VIRTUAL TABLE|CONSTANT ROW|^SCAN \(subquery|^SCAN json_each/.test(line));
}

/**
 * Statements allowed to read a whole table because no turn runs them: each is a rare operation whose cost
 * grows with the table, said here with its reason so that a new one cannot slip in unnoticed.
 */
export const NOT_ON_THE_TURN_PATH: readonly { startsWith: string; why: string }[] = [
  {
    startsWith: 'DELETE FROM bot_state WHERE substr(key, 1, length(@conversations))',
    why: 'erasing a chat user: their private state sits under every conversation key (conversation first), once per erasure',
  },
  {
    startsWith: 'SELECT count(*) AS count FROM bot_state WHERE substr(key, 1, length(@conversations))',
    why: 'telling a chat user what is kept: the same keys as erasing, once per "what do you know about me?"',
  },
  {
    startsWith: 'SELECT id AS "accountId", customer_id AS "customerId",',
    why: "an import's IBAN check: IBANs compared without spaces or case, once per imported file",
  },
];

/** The statements a turn may run: all but those listed in `NOT_ON_THE_TURN_PATH`. */
export function hotStatements(statements: readonly string[]): string[] {
  return statements.filter((sql) => !NOT_ON_THE_TURN_PATH.some(({ startsWith }) => sql.trim().startsWith(startsWith)));
}
