import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';

export interface ReceivedActivity {
  conversationId: string;
  activity: Partial<Activity>;
}

/**
 * A stand-in for the Bot Framework connector on loopback: it receives what the bot sends to a
 * `serviceUrl`, the way the Emulator does. The terminal chat prints what arrives; tests read it, and can
 * make it fail (status and Retry-After) to exercise retries.
 */
export class LoopbackConnector {
  readonly received: ReceivedActivity[] = [];
  private failures: { status: number; retryAfter?: string }[] = [];
  private listeners: ((received: ReceivedActivity) => void)[] = [];
  private server?: Server;
  private counter = 0;

  /** Starts on a free loopback port and returns the `serviceUrl` to put in activities. */
  async start(): Promise<string> {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    app.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
      const failure = this.failures.shift();
      if (failure) {
        if (failure.retryAfter) res.setHeader('Retry-After', failure.retryAfter);
        res.status(failure.status).json({ error: { code: 'ServiceError', message: 'loopback failure' } });
        return;
      }
      const received = { conversationId: String(req.params.conversationId), activity: req.body as Partial<Activity> };
      this.received.push(received);
      for (const listener of this.listeners) listener(received);
      res.status(200).json({ id: `loopback-${++this.counter}` });
    });
    app.post('/v3/conversations', (_req, res) => {
      res.status(200).json({ id: `loopback-conversation-${++this.counter}` });
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    return this.serviceUrl;
  }

  get serviceUrl(): string {
    const address = this.server?.address() as AddressInfo | null;
    if (!address) throw new Error('loopback connector not started');
    return `http://127.0.0.1:${address.port}`;
  }

  /** The next `count` sends are refused with this status (e.g. 503, or 429 with a Retry-After). */
  failNext(count: number, status: number, retryAfter?: string): void {
    for (let i = 0; i < count; i++) this.failures.push({ status, retryAfter });
  }

  onActivity(listener: (received: ReceivedActivity) => void): void {
    this.listeners.push(listener);
  }

  /** Messages (not typing or trace) received so far, in order. */
  messages(): Partial<Activity>[] {
    return this.received.map((r) => r.activity).filter((a) => a.type === 'message');
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    this.server = undefined;
  }
}
