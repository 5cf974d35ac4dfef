/**
 * Channels that render a Bot Framework receipt card (Messenger turns it into its receipt template);
 * anywhere else (SMS, Telegram…) the receipt goes as text.
 */
const CARD_CHANNELS = new Set(['facebook', 'emulator', 'msteams', 'webchat', 'directline', 'test']);

export function supportsReceiptCards(channelId: string): boolean {
  return CARD_CHANNELS.has(channelId);
}
