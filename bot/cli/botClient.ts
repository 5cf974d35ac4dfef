import type { Activity } from 'botbuilder';
import { DEMO_CUSTOMERS_PATH, DEMO_LINK_CODES_PATH } from '../http/demoLinkRoute';

export interface DemoCustomer {
  id: string;
  name: string;
  locale: string;
}

/** What the running bot says about its demo bank, or why the terminal chat cannot use it. */
export type DemoBank =
  | { kind: 'customers'; customers: DemoCustomer[] }
  | { kind: 'unreachable' }
  /** 404: the bot has channel credentials, so it accepts no unauthenticated chat (the terminal's). */
  | { kind: 'not-local-mode' }
  /** 403: the bot runs on another machine; in local mode it replies only to this one's. */
  | { kind: 'not-this-machine' };

/**
 * The terminal chat's only way to the bot: its HTTP endpoint (`BOT_URL`) and, beside it, the local-mode
 * demo routes. Messages ask for `expectReplies`, so each answer comes back in the HTTP response, in
 * order, before the next prompt; proactive messages still arrive at the `serviceUrl`.
 */
export class BotClient {
  constructor(readonly messagesUrl: string, private readonly serviceUrl: string) {}

  async demoBank(): Promise<DemoBank> {
    let response: Response;
    try {
      response = await fetch(new URL(DEMO_CUSTOMERS_PATH, this.messagesUrl));
    } catch {
      return { kind: 'unreachable' };
    }
    if (response.status === 404) return { kind: 'not-local-mode' };
    if (response.status === 403) return { kind: 'not-this-machine' };
    if (!response.ok) return { kind: 'unreachable' };
    return { kind: 'customers', customers: ((await response.json()) as { customers: DemoCustomer[] }).customers };
  }

  /** A one-time link code for a demo customer, or null if the bot no longer has them. */
  async demoLinkCode(customerId: string): Promise<string | null> {
    const response = await fetch(new URL(DEMO_LINK_CODES_PATH, this.messagesUrl), {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ customerId }),
    });
    return response.ok ? ((await response.json()) as { code: string }).code : null;
  }

  /** Sends one activity and returns the bot's replies; throws with the HTTP status when it refuses. */
  async send(activity: Partial<Activity>): Promise<Partial<Activity>[]> {
    const response = await fetch(this.messagesUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ channelId: 'terminal', serviceUrl: this.serviceUrl, recipient: { id: 'bot' }, deliveryMode: 'expectReplies', ...activity }),
    }).catch(() => {
      throw new Error(`cannot reach the bot at ${this.messagesUrl}`);
    });
    if (!response.ok) throw new Error(`the bot answered HTTP ${response.status}`);
    const text = await response.text();
    return text ? ((JSON.parse(text) as { activities?: Partial<Activity>[] }).activities ?? []) : [];
  }
}
