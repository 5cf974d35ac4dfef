import { connect, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { createHttpServer, listen } from '../../bot/http/httpServer';
import { startHttpBot, type HttpBot } from '../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../support/events';

/** A client that sends `head`, then one byte of `trickle` every 20 ms until the server answers or closes. */
function slowClient(url: string, head: string, trickle = 'x'): Promise<{ answer: string; closed: boolean }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket: Socket = connect(Number(port), hostname);
    let answer = '';
    let timer: NodeJS.Timeout | undefined;
    socket.on('error', () => undefined);
    socket.on('data', (chunk) => { answer += chunk.toString('utf8'); });
    socket.on('close', () => {
      clearInterval(timer);
      resolve({ answer, closed: true });
    });
    socket.once('connect', () => {
      socket.write(head);
      timer = setInterval(() => { if (!socket.destroyed) socket.write(trickle); }, 20);
    });
  });
}

const statusLine = (answer: string) => answer.split('\r\n')[0];
const bodyOf = (answer: string) => answer.slice(answer.indexOf('\r\n\r\n') + 4);

describe('slow clients are cut off, and the others still served', () => {
  describe('the routes that read a body (/api/messages, /api/events)', () => {
    let http: HttpBot;
    beforeEach(async () => {
      http = await startHttpBot({ env: { EVENTS_SECRET }, bodyDeadlineMs: 300 });
    });
    afterEach(async () => {
      await http.stop();
    });

    for (const path of ['/api/messages', '/api/events']) {
      it(`answers 408 to a body trickled to ${path} and closes the connection`, async () => {
        const head = `POST ${path} HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{"type":`;
        const { answer, closed } = await slowClient(http.url, head, ' ');
        expect(closed).toBe(true);
        expect(statusLine(answer)).toBe('HTTP/1.1 408 Request Timeout');
        expect(answer.toLowerCase()).toContain('\r\nconnection: close\r\n');
        expect(JSON.parse(bodyOf(answer))).toEqual({ error: 'request body too slow' });

        // The next client is served as usual.
        expect((await http.post({ type: 'message', id: 'm1', text: 'bonjour', deliveryMode: 'expectReplies' })).status).toBe(200);
        expect((await postEvent(http, cinemaPayment())).status).toBe(202);
      });
    }
  });

  describe('the server itself (every route)', () => {
    const limits = { headersTimeoutMs: 300, requestTimeoutMs: 600, keepAliveTimeoutMs: 5_000, checkEveryMs: 50 };

    async function serverReadingBodies() {
      const { server, serve } = createHttpServer(limits);
      serve((req, res) => {
        req.resume();
        req.on('end', () => res.end('read'));
      });
      await listen(server, 0, '127.0.0.1');
      return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
    }

    it('answers 408 to headers that never end, and to a body past the request deadline, serving others meanwhile', async () => {
      const { server, url } = await serverReadingBodies();
      try {
        const slowHeaders = slowClient(url, 'GET /anything HTTP/1.1\r\nHost: x\r\nX-Slow: ', 'a');
        const slowBody = slowClient(url, 'POST /anything HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n');
        expect(await (await fetch(`${url}/other`, { method: 'POST', body: 'whole' })).text()).toBe('read');
        for (const { answer, closed } of await Promise.all([slowHeaders, slowBody])) {
          expect([closed, statusLine(answer)]).toEqual([true, 'HTTP/1.1 408 Request Timeout']);
        }
        expect(await (await fetch(`${url}/after`, { method: 'POST', body: 'whole' })).text()).toBe('read');
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });

    it('answers the starting app until it is told to serve the full one', async () => {
      const { server, serve } = createHttpServer(limits);
      await listen(server, 0, '127.0.0.1');
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
      try {
        const before = await fetch(`${url}/readyz`);
        expect([before.status, await before.json()]).toEqual([503, { status: 'starting' }]);
        serve((_req, res) => res.end('full app'));
        expect(await (await fetch(`${url}/readyz`)).text()).toBe('full app');
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    });
  });
});
