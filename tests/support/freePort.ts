import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A loopback port nothing listens on: taken from the system (port 0), then given back. For what cannot
 * listen on port 0 itself: a process whose PORT must be known in advance, or a bot that is not there.
 */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}
