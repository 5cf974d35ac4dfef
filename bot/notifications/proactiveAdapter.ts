import { CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import type { Config } from '../infra/config';

/** A channel served by this process: its own client for its `serviceUrl`, none for any other. */
export type LocalConnector = (serviceUrl: string) => ConnectorClient | undefined;

interface PipelineOwner { client?: { pipeline?: { removePolicy(options: { phase: 'Retry' }): unknown } } }

/**
 * Authentication whose connector clients do not retry by themselves. The Bot Framework client retries
 * each send up to three times in-process, sleeping through Retry-After; proactive messages are retried
 * by the dispatcher instead, from the outbox, so that every attempt is counted, survives a restart and
 * never holds the dispatcher for the length of a Retry-After.
 */
class SingleAttemptAuthentication extends ConfigurationBotFrameworkAuthentication {
  constructor(settings: ConstructorParameters<typeof ConfigurationBotFrameworkAuthentication>[0], private readonly local?: LocalConnector) {
    super(settings);
  }

  override createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    const factory = super.createConnectorFactory(claimsIdentity);
    return {
      create: async (serviceUrl: string, audience?: string): Promise<ConnectorClient> => {
        const local = this.local?.(serviceUrl);
        if (local) return local;
        const client = await factory.create(serviceUrl, audience);
        (client as unknown as PipelineOwner).client?.pipeline?.removePolicy({ phase: 'Retry' });
        return client;
      },
    } as ConnectorFactory;
  }
}

/**
 * The adapter the dispatcher sends proactive messages through (same credentials as the turn adapter);
 * messages for a channel this process serves itself (the web chat) go to that channel's `local` client.
 */
export function createProactiveAdapter(config: Config, local?: LocalConnector): CloudAdapter {
  return new CloudAdapter(new SingleAttemptAuthentication({
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppType: config.auth.appType,
    MicrosoftAppTenantId: config.auth.tenantId,
  }, local));
}
