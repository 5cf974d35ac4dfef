import { loadConfig } from '../infra/config';
import { loadEnvFile } from '../infra/envFile';
import { openSqlClient } from '../../data/sql/openSqlClient';
import { importCommand } from './commands/importCommand';
import { linkCodeCommand } from './commands/linkCodeCommand';
import { auditCommand } from './commands/auditCommand';
import { eventCommand } from './commands/eventCommand';
import { outboxCommand } from './commands/outboxCommand';
import { limitsCommand } from './commands/limitsCommand';
import { generateCommand } from './commands/generateCommand';
import type { AdminCommand } from './commands/adminCommand';
import { backupCommand } from './commands/backupCommand';
import { restoreCommand, type OfflineCommand } from './commands/restoreCommand';

const COMMANDS: Record<string, AdminCommand> = {
  import: importCommand,
  'link-code': linkCodeCommand,
  audit: auditCommand,
  event: eventCommand,
  outbox: outboxCommand,
  limits: limitsCommand,
  generate: generateCommand,
  backup: backupCommand,
};

/** Commands that run with the database closed. */
const OFFLINE_COMMANDS: Record<string, OfflineCommand> = {
  restore: restoreCommand,
};

const USAGE = `usage: npm run admin -- <command>
  import <file.json>        load a dataset (all or nothing) into the database
  link-code <customerId>    print a one-time link code (the last word printed)
  audit <customerId>        print who accessed the customer's data, newest first
  event <file.json>         sign a bank event with EVENTS_SECRET and post it to the running bot
  outbox                    list notifications pending, held or failed (no content)
  limits                    wrong link codes this minute across all chat users, and whether linking is paused
  backup <file>             online copy of DATABASE_PATH while the bot serves (SQLite only; pg_dump on PostgreSQL)
  restore <file>            bot stopped: check a backup, keep the old database aside, put the backup in place (SQLite only)
  generate --customers N --months M   a large believable bank, to measure speed at scale (SQLite only)`;

/** `npm run admin -- …`: the bank operator's commands, on the same database as the bot. */
async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  const command = name ? COMMANDS[name] : undefined;
  const offline = name ? OFFLINE_COMMANDS[name] : undefined;
  if (!command && !offline) {
    console.error(USAGE);
    return 2;
  }
  loadEnvFile();
  const config = loadConfig();
  const print = { out: (line: string) => console.log(line), err: (line: string) => console.error(line) };
  if (offline) return offline(args, { config, ...print });
  // PostgreSQL when DATABASE_URL says so (migrated under its lock, as the bot does), else DATABASE_PATH.
  const db = await openSqlClient(config);
  try {
    return await command!(args, { db, config, ...print });
  } finally {
    await db.close();
  }
}

// A wrong setting or a refused database (newer schema) is said in one line, without a stack.
void main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error(`admin: ${(error as Error).message}`);
  process.exitCode = 1;
});
