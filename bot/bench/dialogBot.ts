/**
 * The framework's dialog ceiling for `npm run bench`: a botbuilder `CloudAdapter` bot that runs one
 * `ComponentDialog` (a two-step `WaterfallDialog`) through `runDialog`, its stack in a
 * `ConversationState` on `MemoryStorage` saved at every turn, as the bot runs its main dialog; no
 * recognition, no data. The first step echoes and waits, the second echoes and ends, so the state
 * changes, is hashed and written at every turn. What it costs over the echo bot is botbuilder's own
 * dialogs and state: the part of the bot's turn that is not ours. Started as a child process on `PORT`.
 */
import express from 'express';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage } from 'botbuilder';
import { ComponentDialog, Dialog, runDialog, WaterfallDialog, type DialogState, type WaterfallStepContext } from 'botbuilder-dialogs';

const echo = (step: WaterfallStepContext) => step.context.sendActivity(`echo: ${step.context.activity.text ?? ''}`);

class EchoDialog extends ComponentDialog {
  constructor() {
    super('echoDialog');
    this.addDialog(new WaterfallDialog('echoSteps', [
      async (step) => { await echo(step); return Dialog.EndOfTurn; },
      async (step) => { await echo(step); return step.endDialog(); },
    ]));
    this.initialDialogId = 'echoSteps';
  }
}

const conversationState = new ConversationState(new MemoryStorage());
const dialogState = conversationState.createProperty<DialogState>('dialogState');
const dialog = new EchoDialog();
const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler().onMessage(async (context, next) => {
  await runDialog(dialog, context, dialogState);
  await next();
});
const app = express();
app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
  await adapter.process(req, res, async (context) => {
    await bot.run(context);
    await conversationState.saveChanges(context, false);
  });
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
