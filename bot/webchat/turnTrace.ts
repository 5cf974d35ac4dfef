import type { Activity, BotState, TurnContext } from 'botbuilder';
import { LUIS_TRACE_TYPE, RECOGNIZER_TRACE_LABEL, RECOGNIZER_TRACE_NAME, luisTraceInfo } from '../turn/recognitionTrace';
import { turnInfoIfAny } from './turnInfoIfAny';

export const TURN_TRACE_LABEL = 'Turn';
export const TURN_TRACE_TYPE = 'https://bank-assistant.invalid/schemas/turn';

/** What the console shows of a turn besides the recognizer result: who answered, and how long it took. */
export interface TurnSummary {
  /** The dialog the main dialog ran when the first reply was sent (`mainRoute`: it answered itself; `welcome`: a new member). */
  dialog: string;
  /** The whole stack at that moment, outermost first. */
  dialogStack: string[];
  ms: number;
}

/** A dialog on the stack (the active one is last), with the inner stack of a component dialog. */
interface StackEntry { id: string; state?: { dialogs?: { dialogStack?: StackEntry[] } } }

/**
 * Watches a turn of a console conversation for the dialog that answers: the dialog stack (in the
 * chat user's private conversation state loaded for this turn) is read when the first message goes out.
 */
export function watchAnsweringDialog(context: TurnContext, dialogStateOwner: BotState): () => string[] {
  let stack: string[] = [];
  context.onSendActivities(async (_ctx, activities, next) => {
    if (stack.length === 0 && activities.some((a) => a.type === 'message')) stack = dialogStackOf(context, dialogStateOwner);
    return next();
  });
  return () => stack;
}

function dialogStackOf(context: TurnContext, dialogStateOwner: BotState): string[] {
  const names: string[] = [];
  let level = (dialogStateOwner.get(context) as { dialogState?: { dialogStack?: StackEntry[] } } | undefined)?.dialogState?.dialogStack;
  while (level && level.length > 0) {
    const active: StackEntry = level[level.length - 1];
    names.push(active.id);
    level = active.state?.dialogs?.dialogStack;
  }
  return names;
}

/** The traces a console conversation keeps of a turn, in the Emulator's format (LUIS-shaped result first). */
export function turnTraces(context: TurnContext, stack: string[], ms: number): Partial<Activity>[] {
  const traces: Partial<Activity>[] = [];
  const info = turnInfoIfAny(context);
  if (info) {
    traces.push({
      type: 'trace', name: RECOGNIZER_TRACE_NAME, label: RECOGNIZER_TRACE_LABEL, valueType: LUIS_TRACE_TYPE,
      value: luisTraceInfo(info.result), replyToId: context.activity.id,
    });
  }
  const summary: TurnSummary = { dialog: stack[1] ?? stack[0] ?? (info ? 'none' : 'welcome'), dialogStack: stack, ms };
  traces.push({ type: 'trace', name: 'WebChatConsole', label: TURN_TRACE_LABEL, valueType: TURN_TRACE_TYPE, value: summary, replyToId: context.activity.id });
  return traces;
}
