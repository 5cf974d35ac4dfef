import type { NotificationPayload } from '../../data/notifications/payload';
import { showsBalance } from '../../data/notifications/payload';

const MESSENGER_WINDOW_MS = 24 * 60 * 60 * 1000;

export type Delivery =
  | { kind: 'send'; channelData?: Record<string, string> }
  /** Outside Messenger's 24-hour window: keep it for the digest after the customer's next message. */
  | { kind: 'hold' };

/**
 * Messenger's rules for a message the customer did not just ask for. Inside the 24 hours after their
 * last message it goes out as `messaging_type: UPDATE`, silently when it shows a balance. Outside, no
 * tag can carry it any more (ACCOUNT_UPDATE and POST_PURCHASE_UPDATE were withdrawn in April 2026 and
 * fail with error 100), so it waits. Other channels have no window.
 */
export function proactiveDelivery(channelId: string, lastMessageAt: Date, now: Date, payload: NotificationPayload): Delivery {
  if (channelId !== 'facebook') return { kind: 'send' };
  if (now.getTime() - lastMessageAt.getTime() >= MESSENGER_WINDOW_MS) return { kind: 'hold' };
  const channelData: Record<string, string> = { messaging_type: 'UPDATE' };
  if (showsBalance(payload)) channelData.notification_type = 'SILENT_PUSH';
  return { kind: 'send', channelData };
}
