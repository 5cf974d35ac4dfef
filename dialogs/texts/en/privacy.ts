/** One line about one kind of record: how many, and from/to dates already formatted. */
export type RecordLine = (count: number, from?: string, to?: string) => string;

/** "What do you know about me?", "delete my data", "who looked at my data?". */
export const privacy = {
  privacyIntro: 'What I keep about this chat (your accounts and transactions stay with the bank, not here):',
  /** "Who do you share my data with?": what is true of this bot (README, Privacy and security). */
  privacySharing: [
    'Your data stays with the bank: I read your accounts and transactions in its own systems, and understand your messages here too, with no outside service.',
    '• Your messages and my replies travel through the chat you use (Microsoft’s Bot Service carries them to Messenger, Teams or Web Chat)',
    '• If you ask for an adviser, the bank’s adviser gets our latest messages',
    '• No one else gets them: my logs keep no names, amounts or messages',
  ].join('\n'),
  privacyConversation: '• This chat’s language, and whether I have welcomed you in it',
  privacyKinds: {
    link: (count: number, from?: string, to?: string) => `• The link to your bank identity, made ${from}, valid until ${to}`,
    linkAttempts: (count: number) => `• ${count} wrong link code${count === 1 ? '' : 's'} (counted for your security)`,
    conversationMemory: (count: number) => `• Where we are and your last question${count > 1 ? `, in ${count} chats` : ''}`,
    handoffMessages: (count: number) => (count === 1
      ? '• Our latest message, for an adviser'
      : `• Our ${count} latest messages, for an adviser (older ones go as we talk)`),
    messageCounter: () => '• A count of your messages this minute (against floods)',
    conversationReference: (count: number, from?: string) => `• Where to send your updates: this chat, last message ${from}`,
    notificationSettings: () => '• Which updates you asked for',
    lowBalanceAlerts: (count: number) => `• ${count} low-balance alert${count === 1 ? '' : 's'}`,
    auditEntries: (count: number, from?: string) =>
      `• ${count} line${count === 1 ? '' : 's'} in the access log since ${from}: the bank’s legal record, kept even if you erase the rest`,
  } satisfies Record<string, RecordLine>,
  privacyOther: (kind: string, count: number) => `• ${kind}: ${count}`,
  privacyConfirmErase:
    'Erase what I keep about this chat? It will be unlinked and I will forget our conversation and your settings. The access log stays: it is the bank’s legal record.',
  privacyErased: 'Done: this chat is unlinked and I have forgotten our conversation and your settings. To use me again, link it with a new code.',
  privacyKept: 'OK, I have erased nothing.',
  privacyAuditIntro: 'Latest accesses to your data:',
  privacyAuditGroup: (day: string, channel: string, reads: string) => `• ${day}, ${channel}: ${reads}`,
  privacyTimes: (kind: string, count: number) => (count > 1 ? `${kind} (${count} times)` : kind),
  privacyReadKinds: {
    Balance: 'balances', Transactions: 'transactions', Receipt: 'receipts', Delivery: 'deliveries',
    Notifications: 'alert settings', Privacy: 'access log', Income: 'income', Subscriptions: 'regular payments',
    Upcoming: 'upcoming payments', SpendingComparison: 'spending comparisons', SpendingBreakdown: 'spending by category',
  } as Record<string, string>,
  /** What a read the kinds above do not name is shown as: never an internal id. */
  privacyOtherReads: 'other data',
  privacyAuditNone: 'Nobody has accessed your data through the assistant yet.',
  privacyAuditMore: (count: number) => `…and ${count} earlier ${count === 1 ? 'day' : 'days'} or channels. The bank can give you the full list.`,
  privacyQuick: {
    erase: 'Erase my data',
    audit: 'Who saw my data',
    yes: 'Yes, erase',
    no: 'No, keep',
  },
};
