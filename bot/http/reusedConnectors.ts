import {
  AuthenticationConstants, ConnectorFactory, type ClaimsIdentity, type ConnectorClient, type UserTokenClient,
} from 'botframework-connector';

/** More distinct callers than a deployment has (one app id, a few service URLs): past it, the oldest is dropped. */
const LIMIT = 64;

/**
 * The `ConnectorClient` and `UserTokenClient` of each caller, built once and reused by every turn:
 * `CloudAdapter` builds both afresh on every request (an HTTP pipeline each, about 4% of a turn's CPU),
 * though they hold nothing of the turn (botbuilder's former `BotFrameworkAdapter` kept them the same
 * way). Keyed by the app id of the validated claims, the service URL and the audience, exactly what
 * botbuilder builds them from; a failed build is not kept.
 */
export class ReusedConnectors {
  private readonly built = new Map<string, Promise<unknown>>();

  /** `inner`, its clients reused for the app id `identity` speaks for. */
  connectorFactory(identity: ClaimsIdentity, inner: ConnectorFactory): ConnectorFactory {
    const appId = appIdOf(identity);
    const reuse = <T>(key: string, build: () => Promise<T>) => this.reuse(key, build);
    return new (class extends ConnectorFactory {
      create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
        return reuse(`connector\n${appId}\n${serviceUrl}\n${audience}`, () => inner.create(serviceUrl, audience));
      }
    })();
  }

  userTokenClient(identity: ClaimsIdentity, build: () => Promise<UserTokenClient>): Promise<UserTokenClient> {
    return this.reuse(`token\n${appIdOf(identity)}`, build);
  }

  private reuse<T>(key: string, build: () => Promise<T>): Promise<T> {
    const known = this.built.get(key) as Promise<T> | undefined;
    if (known) return known;
    if (this.built.size >= LIMIT) this.built.delete(this.built.keys().next().value as string);
    const client = build();
    this.built.set(key, client);
    client.catch(() => this.built.delete(key));
    return client;
  }
}

/** The app id botbuilder builds the clients for: the token's audience, or the Emulator's `appid` claim. */
function appIdOf(identity: ClaimsIdentity): string {
  const value = identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim);
  return value ?? '';
}
