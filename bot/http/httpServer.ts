import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { startingApp } from './startingApp';

/** How long a client may take, in milliseconds; see README, "Slow clients". */
export interface HttpLimits {
  /** From the first byte of a request to the end of its headers. */
  headersTimeoutMs: number;
  /** From the first byte of a request to the end of its body, on every route. */
  requestTimeoutMs: number;
  /** An idle keep-alive connection is closed after this. */
  keepAliveTimeoutMs: number;
  /** How often node looks for requests past their deadline (its default, 30 s, would double them). */
  checkEveryMs: number;
}

/**
 * Node's own defaults let a request take 5 minutes, so a client trickling one byte every few seconds
 * holds a socket (and its parser) that long. Turns and events are a few kilobytes sent by servers: 10 s
 * for the headers and 30 s for a whole request leave slow mobile networks room. Keep-alive outlives the
 * 60 s idle timeout of common load balancers, so that the balancer, not node, closes an idle connection
 * (node closing first makes the balancer send on a dead socket: a 502).
 */
export const HTTP_LIMITS: HttpLimits = { headersTimeoutMs: 10_000, requestTimeoutMs: 30_000, keepAliveTimeoutMs: 65_000, checkEveryMs: 1_000 };

export interface BotServer {
  server: Server;
  /** From now on every request goes to `app` (the starting app answered until then). */
  serve(app: RequestListener): void;
}

/** The one HTTP server: it answers as soon as it listens (`startingApp`), then serves the full app once ready. */
export function createHttpServer(limits: HttpLimits = HTTP_LIMITS): BotServer {
  let handler: RequestListener = startingApp();
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs, requestTimeout: limits.requestTimeoutMs, connectionsCheckingInterval: limits.checkEveryMs,
  }, (req, res) => handler(req, res));
  server.keepAliveTimeout = limits.keepAliveTimeoutMs;
  return { server, serve: (app) => { handler = app; } };
}

/** Resolves once the server listens; rejects with the system's error (EADDRINUSE, EACCES…). */
export function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}
