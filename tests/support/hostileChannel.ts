import express from 'express';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface HostileBehaviour {
  /** How long a message send waits before its 200. */
  messageDelayMs: number;
  /** How long a typing send waits before its refusal. */
  typingDelayMs: number;
  /** The refusal of every typing indicator. */
  typingStatus: number;
}

/**
 * A channel (`serviceUrl`) that answers messages slowly and refuses typing indicators, as probed in
 * issue #10. It counts the requests it is still answering, so that a test can wait until it is quiet.
 */
export class HostileChannel {
  private server?: Server;
  private pending = 0;
  private quietWaiters: (() => void)[] = [];
  typingRefused = 0;
  messagesAccepted = 0;
  /** Texts of the messages it accepted, in order. */
  readonly texts: string[] = [];

  constructor(private readonly behaviour: HostileBehaviour) {}

  async start(): Promise<string> {
    const app = express();
    app.use(express.json({ limit: '1mb' }));
    app.post('/v3/conversations/:conversationId/activities{/:replyToId}', (req, res) => {
      this.pending++;
      const typing = req.body?.type === 'typing';
      const delay = typing ? this.behaviour.typingDelayMs : this.behaviour.messageDelayMs;
      setTimeout(() => {
        if (typing) {
          this.typingRefused++;
          res.status(this.behaviour.typingStatus).json({ error: { code: 'Forbidden', message: 'no typing here' } });
        } else {
          this.messagesAccepted++;
          if (req.body?.type === 'message') this.texts.push(String(req.body.text));
          res.status(200).json({ id: `hostile-${this.messagesAccepted}` });
        }
        this.pending--;
        if (this.pending === 0) for (const wake of this.quietWaiters.splice(0)) wake();
      }, delay);
    });
    await new Promise<void>((resolve) => {
      this.server = app.listen(0, '127.0.0.1', () => resolve());
    });
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}/`;
  }

  /** Resolves once no request is being answered. */
  quiet(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.quietWaiters.push(resolve));
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Every unhandled rejection and uncaught exception while a test runs: each would stop a real process. */
export function processFailures(): { list: unknown[]; dispose: () => void } {
  const list: unknown[] = [];
  const record = (reason: unknown) => {
    list.push(reason);
  };
  process.on('unhandledRejection', record);
  process.on('uncaughtException', record);
  return {
    list,
    dispose: () => {
      process.off('unhandledRejection', record);
      process.off('uncaughtException', record);
    },
  };
}

/** Lets timers and promises already scheduled run: a failure in a timer after the turn shows up here. */
export function settle(ms = 100): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
