import { ConversationState, UserState } from 'botbuilder';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { MessageRecognizer } from './messageRecognizer';
import { BankBot } from './bankBot';
import type { Db } from '../data/database';
import { AccountStore } from '../data/accountStore';
import { AuditLog } from '../data/auditLog';
import { LinkStore } from '../data/linkStore';
import { SqliteStorage } from '../data/sqliteStorage';
import { BalanceDialog } from '../dialogs/balanceDialog';
import { LinkDialog } from '../dialogs/linkDialog';
import { MainDialog } from '../dialogs/mainDialog';
import type { DialogServices } from '../dialogs/services';
import { customerVocabulary } from './customerVocabulary';

export interface Composition {
  bot: BankBot;
  services: DialogServices;
  storage: SqliteStorage;
}

/** Wires stores, state, dialogs and the bot around one database. The entry point and the tests both use it. */
export function composeBot(db: Db, config: Config, clock: Clock, recognizer: MessageRecognizer, logger: Logger): Composition {
  const storage = new SqliteStorage(db);
  const services: DialogServices = {
    accounts: new AccountStore(db),
    links: new LinkStore(db, config.linking),
    audit: new AuditLog(db),
    clock,
    timeZone: config.timeZone,
    lockoutMinutes: config.linking.lockoutMinutes,
  };
  const dialog = new MainDialog(services, { Balance: new BalanceDialog(services) }, [new LinkDialog(services)]);
  const bot = new BankBot({
    conversationState: new ConversationState(storage),
    userState: new UserState(storage),
    dialog,
    recognizer,
    links: services.links,
    vocabulary: (customerId) => customerVocabulary(services, customerId),
    clock,
    timeZone: config.timeZone,
    logger,
  });
  return { bot, services, storage };
}
