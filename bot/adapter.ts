import { CloudAdapter, type TurnContext } from 'botbuilder';
import { channelAuthentication } from './channelAuthentication';
import type { Config } from './config';
import type { Logger } from './logger';
import { textsFor } from '../dialogs/texts';
import { languageOfLocale } from './language';

/**
 * The Bot Framework adapter. With credentials it validates every request's token (401 otherwise);
 * without them it runs in local mode for the Emulator.
 */
export function createAdapter(config: Config, logger: Logger): CloudAdapter {
  const adapter = new CloudAdapter(channelAuthentication(config));
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's name and stack say where; its message may quote data, so it stays out of the log.
    const turn = turnIdOf(context);
    logger.error({ turn, error: error?.name, stack: error?.stack?.split('\n').slice(1, 6).join('\n') }, 'turn failed');
    try {
      await context.sendActivity(textsFor(languageOfLocale(context.activity.locale)).error);
    } catch {
      // The turn may be over (its context revoked) or the channel down: nothing more to tell anyone.
      logger.error({ turn }, 'could not tell the user about the failure');
    }
  };
  return adapter;
}

/** The activity id, or undefined once the turn has ended: a finished turn's context throws on any read. */
function turnIdOf(context: TurnContext): string | undefined {
  try {
    return context.activity.id;
  } catch {
    return undefined;
  }
}
