import type { TurnContext } from 'botbuilder';
import { findTurnInfo, type TurnInfo } from '../../dialogs/turnInfo';

/** The turn's TurnInfo when `Understanding` ran (a message that passed the rate limit), else undefined. */
export function turnInfoIfAny(context: TurnContext): TurnInfo | undefined {
  return findTurnInfo(context);
}
