import { ConversationState, UserState } from 'botbuilder';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { MessageRecognizer } from './messageRecognizer';
import { BankBot } from './bankBot';
import type { Db } from '../data/database';
import { AccountStore } from '../data/accountStore';
import { AuditLog } from '../data/auditLog';
import { DeliveryStore } from '../data/deliveryStore';
import { ReceiptStore } from '../data/receiptStore';
import { TransactionStore } from '../data/transactionStore';
import { LinkStore } from '../data/linkStore';
import { SqliteStorage } from '../data/sqliteStorage';
import { BalanceDialog } from '../dialogs/balanceDialog';
import { LinkDialog } from '../dialogs/linkDialog';
import { MainDialog } from '../dialogs/mainDialog';
import { ConversationMemory } from '../dialogs/conversationMemory';
import { DeliveryDialog } from '../dialogs/deliveryDialog';
import { ReceiptDialog } from '../dialogs/receiptDialog';
import { TransactionsDialog } from '../dialogs/transactionsDialog';
import { TranscriptRecorder } from './transcriptRecorder';
import type { DialogServices } from '../dialogs/services';
import { customerVocabulary } from './customerVocabulary';
import { Understanding } from './understanding';
import type { Language } from './nlu/types';

export interface Composition {
  bot: BankBot;
  /** Middleware the adapter must run before the bot: it sets what dialogs read of each message. */
  understanding: Understanding;
  dialog: MainDialog;
  conversationState: ConversationState;
  services: DialogServices;
  storage: SqliteStorage;
  /** Keeps recent messages for a handoff; runs before `understanding`. */
  transcriptRecorder: TranscriptRecorder;
}

/** Wires stores, state, dialogs and the bot around one database. The entry point and the tests both use it. */
export function composeBot(db: Db, config: Config, clock: Clock, recognizer: MessageRecognizer, logger: Logger): Composition {
  const storage = new SqliteStorage(db);
  const conversationState = new ConversationState(storage);
  const memory = new ConversationMemory(conversationState);
  const services: DialogServices = {
    accounts: new AccountStore(db),
    transactions: new TransactionStore(db, { timeZone: config.timeZone }),
    receipts: new ReceiptStore(db, { timeZone: config.timeZone }),
    deliveries: new DeliveryStore(db, { timeZone: config.timeZone }),
    links: new LinkStore(db, config.linking),
    audit: new AuditLog(db),
    clock,
    timeZone: config.timeZone,
    lockoutMinutes: config.linking.lockoutMinutes,
    memory,
  };
  const dialog = new MainDialog(services, {
    Balance: new BalanceDialog(services),
    Transactions: new TransactionsDialog(services),
    Receipt: new ReceiptDialog(services),
    Delivery: new DeliveryDialog(services),
  }, [new LinkDialog(services)]);
  const understanding = new Understanding({
    recognizer,
    links: services.links,
    vocabulary: (customerId) => customerVocabulary(services, customerId),
    lastLanguage: conversationState.createProperty<Language | undefined>('language'),
    clock,
    timeZone: config.timeZone,
  });
  const bot = new BankBot({
    conversationState, userState: new UserState(storage), dialog, links: services.links, clock, logger, memory,
  });
  const transcriptRecorder = new TranscriptRecorder(memory);
  return { bot, understanding, dialog, conversationState, services, storage, transcriptRecorder };
}
