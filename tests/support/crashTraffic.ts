import { signBody } from '../../bot/notifications/signature';
import { link } from '../../dialogs/texts/fr/link';
import type { BotProcess } from './botProcess';

export const EVENTS_SECRET = 'crash-events-secret';

/** What the bot acknowledged before it was killed: each of these must survive the crash. */
export interface Acknowledged {
  events: Set<string>;
  links: Set<string>;
  /** Balance answers given, by chat user: each one read data, so each one left an audit row. */
  answers: Map<string, number>;
}

type Reply = { activities?: { type: string; text?: string }[] };

/** One chat turn, its replies in the HTTP body (expectReplies): a reply received is an acknowledgement. */
export async function say(bot: BotProcess, serviceUrl: string, user: string, text: string): Promise<string[] | undefined> {
  const response = await fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message', channelId: 'emulator', serviceUrl, locale: 'fr-FR', text, deliveryMode: 'expectReplies',
      conversation: { id: `conversation-${user}` }, from: { id: user }, recipient: { id: 'bot' },
    }),
  });
  if (response.status !== 200) return undefined;
  const body = (await response.json()) as Reply;
  return (body.activities ?? []).filter((a) => a.type === 'message').map((a) => a.text ?? '');
}

/** A payment on Camille's current account whose amount (k cents) tells the notifications apart. */
export function payment(k: number) {
  const amount = `-${Math.floor(k / 100)}.${String(k % 100).padStart(2, '0')}`;
  return {
    id: `crash-evt-${k}`, type: 'transaction.booked', occurredAt: new Date().toISOString(),
    transaction: {
      id: `tx-crash-evt-${k}`, accountId: 'c1-checking', bookedAt: '2026-11-29T09:30:00+01:00', amount,
      description: 'CB CINEMA PATHE', merchant: 'Cinéma Pathé', category: 'leisure', status: 'booked',
    },
  };
}

export async function postEvent(bot: BotProcess, event: unknown): Promise<number> {
  const body = JSON.stringify(event);
  const response = await fetch(`${bot.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature-256': signBody(body, EVENTS_SECRET) },
    body,
  });
  return response.status;
}

/**
 * Traffic until the process dies: chat users link with their codes and ask for their balance, and the
 * bank posts events. Every failure (the process is gone) ends the loop; what was acknowledged is kept.
 */
export async function trafficUntilDeath(
  bot: BotProcess, serviceUrl: string, codes: Map<string, string>, next: { user: number; event: number }, ack: Acknowledged,
): Promise<void> {
  const users = [...codes.keys()];
  const chat = async () => {
    while (next.user < users.length) {
      const user = users[next.user++];
      const linked = await say(bot, serviceUrl, user, `lier ${codes.get(user)}`);
      if (linked?.[0] === link.linked('Camille')) ack.links.add(user);
      for (let question = 0; question < 3; question++) {
        const answer = await say(bot, serviceUrl, user, 'quel est mon solde ?');
        if (answer?.some((text) => text.includes('€'))) ack.answers.set(user, (ack.answers.get(user) ?? 0) + 1);
      }
    }
  };
  const bank = async () => {
    for (;;) {
      const k = ++next.event;
      if ((await postEvent(bot, payment(k))) === 202) ack.events.add(`crash-evt-${k}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  };
  await Promise.all([chat(), chat(), bank()].map((work) => work.catch(() => undefined)));
}
