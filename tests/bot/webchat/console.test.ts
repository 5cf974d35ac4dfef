import { startWebChatServer, type WebChatServer } from '../../support/webChatServer';

describe('support console API', () => {
  let server: WebChatServer;
  beforeEach(async () => {
    server = await startWebChatServer();
  });
  afterEach(async () => {
    await server.stop();
  });

  it('opens a console conversation whose welcome turn is traced', async () => {
    const response = await fetch(`${server.url}/console/api/conversations`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ userId: 'web-console-1', locale: 'fr-FR' }),
    });
    const body = await response.text();
    expect(body).toBe('');
  });
});
