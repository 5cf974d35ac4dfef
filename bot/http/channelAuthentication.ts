import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import {
  AuthenticationConstants, AuthenticationError, EmulatorValidation, BotFrameworkAuthentication, type AuthenticateRequestResult,
  type ClaimsIdentity, type ConnectorFactory, type UserTokenClient,
} from 'botframework-connector';
import { CallerIdConstants, StatusCodes, type Activity } from 'botframework-schema';
import type { Config } from '../infra/config';
import { ReusedConnectors } from './reusedConnectors';

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
  return new RefusingAuthentication(inner, Boolean(config.auth.appId));
}

/**
 * botbuilder answers a bad signature with a 500 that quotes jsonwebtoken, and other refusals with 401s
 * that quote the token's claims. Any failure to authenticate is a plain 401 here, and says nothing.
 */
class RefusingAuthentication extends BotFrameworkAuthentication {
  private readonly connectors = new ReusedConnectors();

  constructor(private readonly inner: BotFrameworkAuthentication, private readonly credentials: boolean) {
    super();
  }

  async authenticateRequest(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      const result = await this.inner.authenticateRequest(activity, authHeader);
      if (this.credentials) bindToClaims(activity, result.claimsIdentity, authHeader);
      const factory = result.connectorFactory;
      return factory ? { ...result, connectorFactory: this.connectors.connectorFactory(result.claimsIdentity, factory) } : result;
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
    return this.connectors.connectorFactory(claimsIdentity, this.inner.createConnectorFactory(claimsIdentity));
  }

  createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.connectors.userTokenClient(claimsIdentity, () => this.inner.createUserTokenClient(claimsIdentity));
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

/**
 * What the request says about where it comes from is taken from the validated token wherever the token
 * says it: a token that never expires is refused (jsonwebtoken accepts one without `exp`), the reply
 * address is the token's `serviceurl` (botbuilder has checked that they agree), and a token the Emulator
 * obtained can only speak for the Emulator's channel, never pose as a Messenger user.
 */
function bindToClaims(activity: Activity, identity: ClaimsIdentity, authHeader: string): void {
  if (typeof identity.getClaimValue('exp') !== 'number') throw new AuthenticationError('token without exp', StatusCodes.UNAUTHORIZED);
  const serviceUrl = identity.getClaimValue(AuthenticationConstants.ServiceUrlClaim);
  if (serviceUrl) activity.serviceUrl = serviceUrl;
  if (EmulatorValidation.isTokenFromEmulator(authHeader)) activity.channelId = 'emulator';
}
