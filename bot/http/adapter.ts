import { CloudAdapter, type Activity, type InvokeResponse, type TurnContext } from 'botbuilder';
import { AuthenticationError, type AuthenticateRequestResult } from 'botframework-connector';
import { StatusCodes } from 'botframework-schema';
import { channelAuthentication } from './channelAuthentication';
import type { Config } from '../infra/config';
import type { Logger } from '../infra/logger';
import { turnFailedReply } from '../../dialogs/turnReplies';

/**
 * The Bot Framework adapter. With credentials it validates every request's token (401 otherwise);
 * without them it runs in local mode for the Emulator.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const adapter = new RefusalAnsweringAdapter(channelAuthentication(config));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's name and stack say where; its message may quote data, so it stays out of the log.
    const turn = turnIdOf(context);
    logger.error({ turn, error: error?.name, stack: error?.stack?.split('\n').slice(1, 6).join('\n') }, 'turn failed');
    try {
      await context.sendActivity(turnFailedReply(context.activity.locale));
    } catch {
      // The turn may be over (its context revoked) or the channel down: nothing more to tell anyone.
      logger.error({ turn }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}

type Logic = (context: TurnContext) => Promise<void>;

/**
 * `CloudAdapter.process` prints every error thrown while processing with `console.error`, outside our
 * log (a stack in the middle of JSON lines, and in the test output). A refused token is an expected
 * answer, not an error: it comes back here as a 401 response, which `process` writes without printing.
 */
class RefusalAnsweringAdapter extends CloudAdapter {
  protected override async processActivity(
    auth: string | AuthenticateRequestResult, activity: Activity, logic: Logic,
  ): Promise<InvokeResponse | undefined> {
    try {
      return typeof auth === 'string'
        ? await super.processActivity(auth, activity, logic)
        : await super.processActivity(auth, activity, logic);
    } catch (error) {
      if (error instanceof AuthenticationError) return { status: StatusCodes.UNAUTHORIZED };
      throw error;
    }
  }
}

/** The activity id, or undefined once the turn has ended: a finished turn's context throws on any read. */
function turnIdOf(context: TurnContext): string | undefined {
  try {
    return context.activity.id;
  } catch {
    return undefined;
  }
}
