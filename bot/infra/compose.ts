import { ConversationState, PrivateConversationState, type TurnContext } from 'botbuilder';
import type { Clock } from './clock';
import type { Config } from './config';
import type { Logger } from './logger';
import type { MessageRecognizer } from '../turn/messageRecognizer';
import { BankBot } from '../turn/bankBot';
import { sqlOf, type SqlSource } from '../../data/sql/sqlSource';
import { PostgresStorage } from '../../data/postgresStorage';
import type { Storage } from 'botbuilder';
import { AccountStore } from '../../data/accountStore';
import { AuditLog } from '../../data/auditLog';
import { DeliveryStore } from '../../data/deliveryStore';
import { ReceiptStore } from '../../data/receiptStore';
import { TransactionStore } from '../../data/transactionStore';
import { LinkStore } from '../../data/linkStore';
import { SqliteStorage } from '../../data/sqliteStorage';
import { AuditRecords } from '../../data/auditRecords';
import { BotStateRecords } from '../../data/botStateRecords';
import { HandoffTranscriptStore } from '../../data/handoffTranscriptStore';
import { LinkRecords } from '../../data/linkRecords';
import { MessageRate } from '../../data/messageRate';
import { PrivacyDialog } from '../../dialogs/privacyDialog';
import { RateLimit } from '../turn/rateLimit';
import { ConversationQueue } from '../turn/conversationQueue';
import { isLocalMode } from '../http/localMode';
import { BalanceDialog } from '../../dialogs/balanceDialog';
import { LinkDialog } from '../../dialogs/linkDialog';
import { MainDialog } from '../../dialogs/mainDialog';
import { ConversationMemory } from '../../dialogs/conversationMemory';
import { DeliveryDialog } from '../../dialogs/deliveryDialog';
import { ReceiptDialog } from '../../dialogs/receiptDialog';
import { TransactionsDialog } from '../../dialogs/transactions/transactionsDialog';
import { TranscriptRecorder } from '../turn/transcriptRecorder';
import type { DialogServices } from '../../dialogs/services';
import { customerVocabulary, VocabularyCache } from '../turn/customerVocabulary';
import { dataVersionOf } from '../../data/dataVersion';
import { Understanding } from '../turn/understanding';
import { answerLanguageOf } from '../../dialogs/answerLanguage';
import { ConversationReferenceStore } from '../../data/conversationReferenceStore';
import { NotificationSettingsStore } from '../../data/notificationSettingsStore';
import { OutboxStore } from '../../data/outboxStore';
import { EventIntake } from '../../data/events/eventIntake';
import { ConversationKeeper } from '../notifications/conversationKeeper';
import { NotificationsDialog } from '../../dialogs/notificationsDialog';
import { BotMetrics } from '../observability/metrics';
import { timedStore } from '../observability/timedStore';
import { TurnObserver } from '../observability/turnObserver';
import type { RedeemOutcome } from '../../data/linkStore';
import { SubscriptionsDialog } from '../../dialogs/insights/subscriptionsDialog';
import { UpcomingDialog } from '../../dialogs/insights/upcomingDialog';
import { SpendingComparisonDialog } from '../../dialogs/insights/spendingComparisonDialog';
import { SpendingBreakdownDialog } from '../../dialogs/insights/spendingBreakdownDialog';
import { GroupCommit } from '../turnWrites/groupCommit';
import { TurnWrites } from '../turnWrites/turnWrites';
import { deferredMethods, EndOfTurnStorage } from '../turnWrites/deferredStores';
import type { ConversationLock, LockEvent } from '../../data/conversationLock';
import { LeasedConversationLock } from '../../data/conversationLease';
import { PostgresConversationLock } from '../../data/postgres/conversationLock';
import { systemClock } from './clock';

export interface Composition {
  bot: BankBot;
  /** Middleware the adapter must run before the bot: it sets what dialogs read of each message. */
  understanding: Understanding;
  dialog: MainDialog;
  conversationState: ConversationState;
  /** The chat user's state in one conversation: dialog state, last request (the handoff transcript has its own store). */
  privateState: PrivateConversationState;
  services: DialogServices;
  storage: Storage;
  /** Keeps recent messages for a handoff; runs before `understanding`. */
  transcriptRecorder: TranscriptRecorder;
  /** Middleware after `understanding`: saves conversation references, sends the held-updates digest. */
  conversationKeeper: ConversationKeeper;
  notifications: NotificationStores;
  /** Middleware the adapter must run first, before `understanding`: a flood stops there. */
  rateLimit: RateLimit;
  /** Outermost middleware: the per-turn log line and metrics. */
  turnObserver: TurnObserver;
  /** What `GET /metrics` exposes. */
  metrics: BotMetrics;
  /** Middleware right after the rate limit: one turn of a conversation at a time, across processes. */
  conversationQueue: ConversationQueue;
  /** What the queue holds a conversation with across processes; closed with the database. */
  conversationLock: ConversationLock;
  /** Each customer's vocabulary for the recognizer, kept until the bank's data changes. */
  vocabularies: VocabularyCache;
  /** Middleware right inside the queue: the turn's audit lines, state and reference written in one commit at its end. */
  turnWrites: TurnWrites;
}

/** Real-time updates: the stores the events endpoint and the dispatcher share. */
export interface NotificationStores {
  references: ConversationReferenceStore;
  outbox: OutboxStore;
  intake: EventIntake;
}

/** Wires stores, state, dialogs and the bot around one database. The entry point and the tests both use it. */
export function composeBot(
  source: SqlSource, config: Config, clock: Clock, recognizer: MessageRecognizer, logger: Logger, metrics: BotMetrics = new BotMetrics({ processMetrics: false }),
): Composition {
  const timed = <T extends object>(store: T, name: string) => timedStore(store, name, metrics.storeQueries);
  const countLinkAttempts = (operation: string, result: unknown) => {
    if (operation === 'redeem') metrics.linkAttempts.inc({ outcome: (result as RedeemOutcome).kind });
  };
  // The engine is chosen once, here: everything below sees the same store interfaces on either.
  const db = sqlOf(source);
  // Both on the turn's SQL client: the state's writes are savepoints of the group commit's transaction.
  const storage = db.engine === 'postgres' ? new PostgresStorage(db, () => clock.now()) : new SqliteStorage(db, () => clock.now());
  const groupCommit = new GroupCommit(db);
  // Advisory locks on PostgreSQL; on SQLite (several processes may share one file) a renewed lease row.
  const lockEvent = (event: LockEvent) => logger.warn(event, `conversation lock: ${event.kind}`);
  const conversationLock: ConversationLock = db.engine === 'postgres'
    ? new PostgresConversationLock(db, undefined, lockEvent)
    : new LeasedConversationLock(db, { now: () => systemClock.now(), report: lockEvent });
  const turnStorage = new EndOfTurnStorage(storage, groupCommit);
  const references = new ConversationReferenceStore(db);
  const outbox = new OutboxStore(db);
  const notificationSettings = new NotificationSettingsStore(db);
  const conversationState = new ConversationState(turnStorage);
  /** Dialog state and what carries customer data: the chat user's own, in each conversation. */
  const privateState = new PrivateConversationState(turnStorage);
  const handoffTranscript = new HandoffTranscriptStore(db);
  // Its one write a turn goes in the turn's group commit; a handoff's read goes straight through.
  const transcriptRecorder = new TranscriptRecorder(deferredMethods(handoffTranscript, ['append'], false), clock);
  const memory = new ConversationMemory(conversationState, privateState, transcriptRecorder);
  const messageRate = new MessageRate(db, config.messagesPerMinute);
  const services: DialogServices = {
    accounts: timed(new AccountStore(db), 'accounts'),
    transactions: timed(new TransactionStore(db, { timeZone: config.timeZone }), 'transactions'),
    receipts: timed(new ReceiptStore(db, { timeZone: config.timeZone }), 'receipts'),
    deliveries: timed(new DeliveryStore(db, { timeZone: config.timeZone }), 'deliveries'),
    links: timedStore(new LinkStore(db, config.linking, (failures, until) => {
      logger.warn({ failures, until: until.toISOString() }, 'link codes: global failure limit reached, linking paused for everyone');
    }), 'links', metrics.storeQueries, countLinkAttempts),
    audit: deferredMethods(timed(new AuditLog(db), 'audit'), ['record'], true),
    timeZone: config.timeZone,
    lockoutMinutes: config.linking.lockoutMinutes,
    helpElsewhere: config.helpElsewhere,
    notificationSettings,
    chatUserRecords: [
      new LinkRecords(db), new BotStateRecords(db), handoffTranscript, new AuditRecords(db), messageRate, references, notificationSettings, outbox,
    ],
    memory,
  };
  const customerLanguage = async (customerId: string) => {
    const customer = await services.accounts.customer(customerId);
    return customer ? answerLanguageOf(customer.locale) : undefined;
  };
  // No UserState: nothing is kept per chat user across conversations but the stores' own records.
  const forgetTurnState = async (context: TurnContext) => {
    await conversationState.delete(context);
    await privateState.delete(context);
    transcriptRecorder.forget(context);
  };
  // Money coming in is a view of the transactions: the same dialog instance serves both intents.
  const transactionsDialog = new TransactionsDialog(services);
  const dialog = new MainDialog(services, {
    Balance: new BalanceDialog(services),
    Transactions: transactionsDialog,
    Income: transactionsDialog,
    Receipt: new ReceiptDialog(services),
    Delivery: new DeliveryDialog(services),
    Notifications: new NotificationsDialog(services),
    Subscriptions: new SubscriptionsDialog(services),
    Upcoming: new UpcomingDialog(services),
    SpendingComparison: new SpendingComparisonDialog(services),
    SpendingBreakdown: new SpendingBreakdownDialog(services),
  }, [new LinkDialog(services), new PrivacyDialog(services, forgetTurnState)]);
  const vocabularies = new VocabularyCache((customerId) => customerVocabulary(services, customerId), dataVersionOf(db));
  const understanding = new Understanding({
    recognizer,
    links: services.links,
    vocabulary: (customerId) => vocabularies.of(customerId),
    lastLanguage: memory.language,
    customerLanguage,
    clock,
    timeZone: config.timeZone,
  });
  const bot = new BankBot({
    conversationState, privateState, dialog, links: services.links, clock, logger, memory, customerLanguage,
  });
  const conversationKeeper = new ConversationKeeper({ references: deferredMethods(references, ['save'], false), outbox, links: services.links, clock, timeZone: config.timeZone });
  const notifications = { references, outbox, intake: new EventIntake(db, outbox, config.notifications.eventsMaxAgeSeconds, config.timeZone) };
  const rateLimit = new RateLimit(messageRate, clock, !isLocalMode(config));
  metrics.watchOutbox(() => outbox.countByStatus());
  return {
    bot, understanding, dialog, conversationState, privateState, services, storage, transcriptRecorder, conversationKeeper, notifications,
    rateLimit, conversationQueue: new ConversationQueue(conversationLock), conversationLock, turnObserver: new TurnObserver(metrics, logger), metrics,
    turnWrites: new TurnWrites(groupCommit), vocabularies,
  };
}
