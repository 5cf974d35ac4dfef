import express from 'express';
import type { AddressInfo } from 'node:net';
import { Drain } from '../../../bot/lifecycle/drain';

describe('draining HTTP', () => {
  it('ends keep-alive after the response in flight, refuses new requests and keeps the probes', async () => {
    const drain = new Drain();
    const app = express();
    app.use(drain.middleware);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => { release = resolve; });
    app.post('/api/messages', async (_req, res) => {
      await held;
      res.json({ done: true });
    });
    app.get('/livez', (_req, res) => { res.json({ status: 'alive' }); });
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      const before = await fetch(`${url}/livez`);
      expect(before.headers.get('connection')).toBe('keep-alive');
      const inFlight = fetch(`${url}/api/messages`, { method: 'POST' });
      while (drain.requestsInFlight === 0) await new Promise((resolve) => setTimeout(resolve, 5));
      drain.begin();
      const refused = await fetch(`${url}/api/messages`, { method: 'POST' });
      expect([refused.status, refused.headers.get('connection'), refused.headers.get('retry-after')]).toEqual([503, 'close', '1']);
      expect(await refused.json()).toEqual({ error: 'shutting down' });
      const live = await fetch(`${url}/livez`);
      expect([live.status, live.headers.get('connection')]).toEqual([200, 'close']);
      const idle = drain.idle();
      release();
      const finished = await inFlight;
      expect([finished.status, finished.headers.get('connection')]).toEqual([200, 'close']);
      expect(await finished.json()).toEqual({ done: true });
      await idle;
      expect(drain.requestsInFlight).toBe(0);
    } finally {
      server.closeAllConnections();
      server.close();
    }
  });
});
