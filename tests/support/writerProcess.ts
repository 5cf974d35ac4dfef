import { spawn } from 'node:child_process';
import { join } from 'node:path';

/**
 * Another process writing to the database, as the bot does while an operator takes a backup: `count`
 * transactions, each an event with its outbox row and an audit row (all three or none).
 */
export function startWriter(path: string, count: number): { done: Promise<number | null> } {
  const script = `
    const Database = require(${JSON.stringify(join(__dirname, '..', '..', 'node_modules', 'better-sqlite3'))});
    const db = new Database(${JSON.stringify(path)});
    db.pragma('busy_timeout = 5000');
    const event = db.prepare("INSERT INTO events (id, type, received_at, body) VALUES (@id, 'transaction.booked', '2026-11-29T09:00:00Z', '{}')");
    const outbox = db.prepare("INSERT INTO outbox (event_id, channel_id, user_id, customer_id, payload, status, next_attempt_at, created_at) VALUES (@id, 'emulator', 'u1', 'c1', '{}', 'pending', '2026-11-29T09:00:00Z', '2026-11-29T09:00:00Z')");
    const audit = db.prepare("INSERT INTO audit_log (at, channel_id, user_id, customer_id, intent, account_ids) VALUES ('2026-11-29T09:00:00Z', 'emulator', 'u1', 'c1', @id, '[]')");
    const write = db.transaction((id) => { event.run({ id }); outbox.run({ id }); audit.run({ id }); });
    let i = 0;
    (function next() {
      if (i === ${count}) { db.close(); return; }
      write('w' + String(++i).padStart(4, '0'));
      setImmediate(next);
    })();
  `;
  const child = spawn(process.execPath, ['-e', script], { stdio: 'inherit' });
  return { done: new Promise((resolve) => child.on('exit', (code) => resolve(code))) };
}
