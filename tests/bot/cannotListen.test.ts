import { createHttpServer, listen } from '../../bot/http/httpServer';
import { cannotListen } from '../../bot/infra/startupNotes';

describe('why the bot cannot listen', () => {
  it('says that an IP address is not one of this machine, naming it', async () => {
    const { server } = createHttpServer();
    // TEST-NET-1 (RFC 5737): documentation only, never an address of this machine.
    const error = await listen(server, 0, '192.0.2.1').then(() => undefined, (e: Error) => e);
    expect(cannotListen(3978, error as Error, '192.0.2.1')).toBe(
      'HOST=192.0.2.1 is not an address of this machine: set HOST to one of its addresses (0.0.0.0 for every interface), or unset it',
    );
  });

  it('says that the port is taken, and what to do', async () => {
    const first = createHttpServer().server;
    const { port } = await listen(first, 0, '127.0.0.1');
    try {
      const error = await listen(createHttpServer().server, port, '127.0.0.1').then(() => undefined, (e: Error) => e);
      expect(cannotListen(port, error as Error, '127.0.0.1')).toBe(
        `port ${port} is already in use (is the bot already running?): stop the other process, or set PORT to a free port (PORT=4000 npm start)`,
      );
    } finally {
      await new Promise((resolve) => first.close(resolve));
    }
  });
});
