import { ClaimsIdentity, ConnectorClient, ConnectorFactory, type UserTokenClient } from 'botframework-connector';
import { ReusedConnectors } from '../../bot/http/reusedConnectors';

/** A factory that counts what it builds, one client per call, as botbuilder's does. */
class CountingFactory extends ConnectorFactory {
  readonly built: string[] = [];
  failNext = false;

  async create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    this.built.push(`${serviceUrl} ${audience}`);
    if (this.failNext) {
      this.failNext = false;
      throw new Error('token endpoint down');
    }
    return new ConnectorClient({ signRequest: async (request) => request }, { baseUri: serviceUrl });
  }
}

const speakingFor = (appId: string) => new ClaimsIdentity([{ type: 'aud', value: appId }], true);

describe('ReusedConnectors: one ConnectorClient per app id, service URL and audience', () => {
  it('gives every turn of the same caller the client built for the first one', async () => {
    const connectors = new ReusedConnectors();
    const inner = new CountingFactory();
    const first = await connectors.connectorFactory(speakingFor('app-1'), inner).create('https://chan.example/', 'aud');
    const second = await connectors.connectorFactory(speakingFor('app-1'), inner).create('https://chan.example/', 'aud');
    expect(second).toBe(first);
    expect(inner.built).toEqual(['https://chan.example/ aud']);
  });

  it('builds a client of its own for another service URL, audience or app id', async () => {
    const connectors = new ReusedConnectors();
    const inner = new CountingFactory();
    const one = await connectors.connectorFactory(speakingFor('app-1'), inner).create('https://a.example/', 'aud');
    const otherUrl = await connectors.connectorFactory(speakingFor('app-1'), inner).create('https://b.example/', 'aud');
    const otherAudience = await connectors.connectorFactory(speakingFor('app-1'), inner).create('https://a.example/', 'other');
    const otherApp = await connectors.connectorFactory(speakingFor('app-2'), inner).create('https://a.example/', 'aud');
    expect(new Set([one, otherUrl, otherAudience, otherApp]).size).toBe(4);
    expect(inner.built).toEqual(['https://a.example/ aud', 'https://b.example/ aud', 'https://a.example/ other', 'https://a.example/ aud']);
  });

  it('keeps no failed build: the next turn tries again', async () => {
    const connectors = new ReusedConnectors();
    const inner = new CountingFactory();
    inner.failNext = true;
    const factory = connectors.connectorFactory(speakingFor('app-1'), inner);
    await expect(factory.create('https://a.example/', 'aud')).rejects.toThrow('token endpoint down');
    await expect(factory.create('https://a.example/', 'aud')).resolves.toBeInstanceOf(ConnectorClient);
    expect(inner.built).toHaveLength(2);
  });

  it('keeps at most 64 clients, dropping the oldest', async () => {
    const connectors = new ReusedConnectors();
    const inner = new CountingFactory();
    const factory = connectors.connectorFactory(speakingFor('app-1'), inner);
    const first = await factory.create('https://0.example/');
    for (let i = 1; i <= 64; i++) await factory.create(`https://${i}.example/`);
    expect(await factory.create('https://64.example/')).toBe(await factory.create('https://64.example/'));
    expect(await factory.create('https://0.example/')).not.toBe(first);
    expect(inner.built).toHaveLength(66);
  });

  it('reuses the user token client of an app id', async () => {
    const connectors = new ReusedConnectors();
    let builds = 0;
    const build = async () => ({ built: ++builds }) as unknown as UserTokenClient;
    const first = await connectors.userTokenClient(speakingFor('app-1'), build);
    expect(await connectors.userTokenClient(speakingFor('app-1'), build)).toBe(first);
    expect(await connectors.userTokenClient(speakingFor('app-2'), build)).not.toBe(first);
    expect(builds).toBe(2);
  });
});
