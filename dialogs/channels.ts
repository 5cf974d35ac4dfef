/**
 * Channels that render a Bot Framework receipt card (Messenger turns it into its receipt template);
 * anywhere else (SMS, Telegram…) the receipt goes as text.
 */
const CARD_CHANNELS = new Set(['facebook', 'emulator', 'msteams', 'webchat', 'directline', 'test']);

export function supportsReceiptCards(channelId: string): boolean {
  return CARD_CHANNELS.has(channelId);
}

/** How customers know the channels Bot Framework names by id. */
const CHANNEL_NAMES: Readonly<Record<string, string>> = {
  facebook: 'Messenger', emulator: 'Bot Framework Emulator', msteams: 'Microsoft Teams', webchat: 'Web Chat',
  directline: 'Direct Line', telegram: 'Telegram', slack: 'Slack', sms: 'SMS', whatsapp: 'WhatsApp', test: 'test',
};

export function channelName(channelId: string): string {
  return CHANNEL_NAMES[channelId] ?? channelId;
}
