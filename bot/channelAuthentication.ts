import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConstants, AuthenticationError, BotFrameworkAuthentication, type AuthenticateRequestResult,
  type ClaimsIdentity, type ConnectorFactory, type UserTokenClient,
} from 'botframework-connector';
import { CallerIdConstants, StatusCodes, type Activity } from 'botframework-schema';
import type { Config } from './config';

/**
 * How the bot checks who is calling. The credentials come from the environment; `BotOpenIdMetadata`
 * (botbuilder's own setting) only moves where the signing keys are read, every other value staying the
 * public cloud's, so that tests can sign tokens with a key of their own served on loopback.
 */
export function channelAuthentication(config: Config): BotFrameworkAuthentication {
  const credentials = {
    MicrosoftAppId: config.auth.appId,
    MicrosoftAppPassword: config.auth.appPassword,
    MicrosoftAppType: config.auth.appType,
    MicrosoftAppTenantId: config.auth.tenantId,
  };
  const keys = config.auth.openIdMetadataUrl;
  const inner = new ConfigurationBotFrameworkAuthentication(keys === undefined ? credentials : {
    ...credentials,
    ToBotFromChannelOpenIdMetadataUrl: keys,
    ToBotFromEmulatorOpenIdMetadataUrl: keys,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: true,
  });
  return new RefusingAuthentication(inner);
}

/**
 * botbuilder answers a bad signature with a 500 that quotes jsonwebtoken, and other refusals with 401s
 * that quote the token's claims. Any failure to authenticate is a plain 401 here, and says nothing.
 */
class RefusingAuthentication extends BotFrameworkAuthentication {
  constructor(private readonly inner: BotFrameworkAuthentication) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateRequest(activity, authHeader);
    } catch {
      throw new AuthenticationError('Unauthorized', StatusCodes.UNAUTHORIZED);
    }
  }

  async authenticateStreamingRequest(authHeader: string, channelIdHeader: string): Promise<AuthenticateRequestResult> {
    try {
      return await this.inner.authenticateStreamingRequest(authHeader, channelIdHeader);
    } catch {
      throw new AuthenticationError('Unauthorized', StatusCodes.UNAUTHORIZED);
    }
  }

  createConnectorFactory(claimsIdentity: ClaimsIdentity): ConnectorFactory {
    return this.inner.createConnectorFactory(claimsIdentity);
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.inner.createUserTokenClient(claimsIdentity);
  }

  override createBotFrameworkClient() {
    return this.inner.createBotFrameworkClient();
  }

  override getOriginatingAudience(): string {
    return this.inner.getOriginatingAudience();
  }

  override authenticateChannelRequest(authHeader: string): Promise<ClaimsIdentity> {
    return this.inner.authenticateChannelRequest(authHeader);
  }
}
