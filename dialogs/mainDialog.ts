import { WaterfallDialog, type Dialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { DataIntent, IntentName } from './intents';
import { InterruptibleDialog } from './interruptibleDialog';
import { dataRequestOf, nextPageOf } from './conversation/dataRequest';
import { startHandoff } from './handoff';
import { notAnsweredReply } from './notAnsweredReply';
import { answerElsewhere } from './elsewhere';
import { listSizeOf } from './transactions/transactionAnswers';
import { startingPoints, welcomeOnFirstContact } from './welcome';
import { LINK_DIALOG } from './linkDialog';
import { PRIVACY_DIALOG } from './privacyDialog';
import { withQuickReplies } from './replies';
import type { DialogServices } from './services';
import { textsFor, type Texts } from './texts';
import { setTurnInfo, topIntentOf, turnInfo, type TurnInfo } from './turnInfo';
import { MOST_REQUESTS, type BankRecognizerResult } from './recognized';
import { continuationOf, type Continuation } from './withoutContext';
import { OFFER_DIALOG, OfferDialog, type Offer } from './offerDialog';

export const MAIN_DIALOG = 'mainDialog';
const ROUTE = 'mainRoute';
const CLAUSES = 'clauses';

/** The dialogs that read or change a linked customer's data: one for every data intent, and the notification settings. */
export type CustomerDialogs = Record<DataIntent | 'Notifications', Dialog>;

/** What an answer of the routing table gets: this turn, its texts, the quick replies that open a conversation. */
interface RoutedTurn {
  step: WaterfallStepContext;
  info: TurnInfo;
  texts: Texts;
  starting: string[];
  /** Messages in a row not understood, this one included. */
  failures: number;
}

/** How an intent is served: the id of a dialog to begin (with its options), or an answer sent in this turn. */
type Route = string | { dialog: string; options: (turn: RoutedTurn) => object } | ((turn: RoutedTurn) => Promise<unknown>);
type ConversationRoutes = Record<Exclude<IntentName, keyof CustomerDialogs>, Route>;

/** An answer that is one text, with the conversation's starting points when asked for. */
function say(text: (texts: Texts) => string, withStartingPoints = false): Route {
  return ({ step, texts, starting }) => step.context.sendActivity(withStartingPoints ? withQuickReplies(text(texts), starting) : text(texts));
}

/**
 * Routes each new request by a table from intent to dialog or answer. It is the only dialog started from
 * the bot, so the interruptions of its base class apply to every dialog below it.
 */
export class MainDialog extends InterruptibleDialog {
  private readonly customerRoutes = new Map<string, string>();
  /** Every intent that needs no linked customer; the compiler checks that none is missing. */
  private readonly routes: ConversationRoutes = {
    LinkAccount: LINK_DIALOG,
    Privacy: PRIVACY_DIALOG,
    Unlink: async ({ step, info, texts }) => step.context.sendActivity(await this.services.links.unlink(info.user) ? texts.unlinked : texts.notLinked),
    Greeting: say((texts) => texts.greeting, true),
    // "Avec plaisir ! Autre chose ?" is a yes/no question: the offer dialog takes the answer.
    Thanks: { dialog: OFFER_DIALOG, options: ({ texts }) => ({ kind: 'anythingElse', text: texts.thanks } satisfies Offer) },
    Goodbye: say((texts) => texts.goodbye),
    Help: say((texts) => texts.help, true),
    Cancel: say((texts) => texts.nothingToCancel),
    ShowMore: say((texts) => texts.noMore, true),
    Handoff: ({ step }) => startHandoff(this.services, step.context, 'requested'),
    None: ({ step, info, texts, starting, failures }) => (info.result.entities.notAnswered
      ? step.context.sendActivity(notAnsweredReply(texts, info.result.entities.notAnswered[0], starting))
      : failures >= 2
      ? startHandoff(this.services, step.context, 'notUnderstood')
      : step.context.sendActivity(withQuickReplies(texts.notUnderstood, [...starting, texts.moreQuick.adviser]))),
  };

  constructor(
    private readonly services: Pick<DialogServices, 'links' | 'memory' | 'timeZone' | 'helpElsewhere'>,
    customerDialogs: CustomerDialogs, conversationDialogs: Dialog[],
  ) {
    super(MAIN_DIALOG);
    for (const [intent, dialog] of Object.entries(customerDialogs)) {
      this.addDialog(dialog);
      this.customerRoutes.set(intent, dialog.id);
    }
    for (const dialog of conversationDialogs) this.addDialog(dialog);
    this.addDialog(new OfferDialog(services));
    // One step per request of the message: "mon solde et mes 3 dernières opérations" gets both answers, in order.
    const steps = Array.from({ length: MOST_REQUESTS }, (_, index) => (step: WaterfallStepContext) => this.routeClause(step, index));
    this.addDialog(new WaterfallDialog(ROUTE, steps));
    this.initialDialogId = ROUTE;
  }

  /**
   * The request at `index` of this message. The clauses are kept in the step's values, since a request's
   * dialog may ask a question and the next request then runs on a later turn; the turn's recognition is
   * replaced by the request's own, which every dialog below reads.
   */
  private async routeClause(step: WaterfallStepContext, index: number): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const values = step.values as Record<string, unknown>;
    if (index === 0) values[CLAUSES] = info.result.clauses ?? [];
    const clauses = values[CLAUSES] as BankRecognizerResult[];
    if (index > 0 && index >= clauses.length) return step.endDialog();
    if (clauses.length > 0) setTurnInfo(step.context, { ...info, result: clauses[index] });
    return this.route(step);
  }

  /** One request; `step.next()` ends it, so that the message's next request, if any, follows (the welcome and "link first" end them all). */
  private async route(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    const linked = info.link.kind === 'linked';
    const recognized = topIntentOf(info.result);
    if (await welcomeOnFirstContact(this.services, step.context, recognized)) {
      return step.endDialog();
    }
    const elsewhere = info.result.entities.elsewhere?.[0];
    if (elsewhere) return step.beginDialog(OFFER_DIALOG, answerElsewhere(this.services, step.context, elsewhere));
    // "et le mois d'avant ?" or "and the one before?" may score as "show more"; the period shift or the
    // reference to the one before says it moves the last question instead.
    const movesLastQuestion = Boolean(info.result.entities.periodShift?.length)
      || Boolean(info.result.entities.reference?.some((reference: { kind: string }) => reference.kind === 'previous'));
    const request = recognized === 'ShowMore' && !movesLastQuestion
      ? await nextPageOf(step.context, this.services.memory, (entities) => listSizeOf(entities).size)
      : await dataRequestOf(step.context, this.services.memory, info, this.services.timeZone);
    const intent = request?.intent ?? recognized;
    const continuation = request ? undefined : continuationOf(recognized, info.result.entities);
    if (continuation) return this.nothingToBuildOn(step, continuation);
    const failures = await this.services.memory.countFailure(step.context, intent === 'None' && !info.result.entities.notAnswered);
    const customerDialog = this.customerRoutes.get(intent);
    if (customerDialog) {
      if (linked) return step.beginDialog(customerDialog, request ?? undefined);
      const text = info.link.kind === 'expired' ? texts.linkExpired : texts.needLink;
      await step.context.sendActivity(withQuickReplies(text, [texts.quick.link, texts.quick.help]));
      // Said once: the message's other requests need the same link.
      return step.endDialog();
    }
    const route = this.routes[intent as keyof ConversationRoutes] ?? this.routes.None;
    const turn = { step, info, texts, starting: startingPoints(texts, linked), failures };
    if (typeof route === 'string') return step.beginDialog(route);
    if (typeof route === 'object') return step.beginDialog(route.dialog, route.options(turn));
    await route(turn);
    return step.next();
  }

  /** "2", "et le mois dernier ?" or "voir plus" with nothing before them: linking first, or what to ask. */
  private async nothingToBuildOn(step: WaterfallStepContext, continuation: Continuation): Promise<DialogTurnResult> {
    const info = turnInfo(step.context);
    const texts = textsFor(info.language);
    await this.services.memory.countFailure(step.context, false);
    if (info.link.kind !== 'linked') {
      const text = info.link.kind === 'expired' ? texts.linkExpired : texts.needLink;
      await step.context.sendActivity(withQuickReplies(text, [texts.quick.link, texts.quick.help]));
    } else {
      const text = continuation === 'choice' ? texts.nothingToChoose : continuation === 'followUp' ? texts.nothingToFollow : texts.noMore;
      await step.context.sendActivity(withQuickReplies(text, startingPoints(texts, true)));
    }
    return step.next();
  }
}
