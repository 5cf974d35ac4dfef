import type { Activity } from 'botbuilder';

/** What Web Chat's Direct Line client does, one call at a time, for tests of the web channel. */
export class DirectLineClient {
  conversationId = '';
  token = '';
  watermark = '';

  constructor(private readonly url: string) {}

  call(path: string, init: { method?: string; token?: string; body?: unknown } = {}): Promise<Response> {
    return fetch(`${this.url}/v3/directline${path}`, {
      method: init.method ?? 'GET',
      headers: { 'content-type': 'application/json', ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    });
  }

  /** Starts a conversation with a web user's token; the answer's token is the conversation's. */
  async start(userToken: string, locale = 'fr-FR'): Promise<this> {
    const response = await this.call('/conversations', { method: 'POST', token: userToken, body: { locale } });
    if (response.status !== 201) throw new Error(`start answered ${response.status}`);
    const body = (await response.json()) as { conversationId: string; token: string };
    this.conversationId = body.conversationId;
    this.token = body.token;
    return this;
  }

  /** Posts a message; resolves once the bot's turn is over (its replies are then in the log). */
  async say(text: string, locale = 'fr-FR'): Promise<Response> {
    return this.call(`/conversations/${this.conversationId}/activities`, {
      method: 'POST', token: this.token, body: { type: 'message', text, locale, from: { id: 'whoever-the-page-says' } },
    });
  }

  /** Activities after the current watermark (the server may hold the call until there are some). */
  async read(): Promise<Partial<Activity>[]> {
    const response = await this.call(`/conversations/${this.conversationId}/activities?watermark=${this.watermark}`, { token: this.token });
    if (response.status !== 200) throw new Error(`read answered ${response.status}`);
    const body = (await response.json()) as { activities: Partial<Activity>[]; watermark: string };
    this.watermark = body.watermark;
    return body.activities;
  }

  /** Bot messages' texts after the current watermark. */
  async botTexts(): Promise<string[]> {
    return (await this.read()).filter((a) => a.type === 'message' && a.from?.role === 'bot').map((a) => a.text ?? '');
  }
}

/** A local-mode anonymous web user's token, as the page asks for it. */
export async function anonymousToken(url: string, userId: string): Promise<string> {
  const response = await fetch(`${url}/webchat/token`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId }),
  });
  return ((await response.json()) as { token: string }).token;
}
