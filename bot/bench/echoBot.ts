/**
 * The framework's ceiling for `npm run bench`: a botbuilder CloudAdapter and an ActivityHandler that
 * echoes the text, with no state, no recognizer and no data. Started as a child process on `PORT`.
 */
import express from 'express';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';

const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
const bot = new ActivityHandler().onMessage(async (context, next) => {
  await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
  await next();
});
const app = express();
app.get('/healthz', (_req, res) => { res.json({ status: 'ok' }); });
app.post('/api/messages', express.json({ limit: '256kb' }), async (req, res) => {
  await adapter.process(req, res, (context) => bot.run(context));
});
const server = app.listen(Number(process.env.PORT), '127.0.0.1');
process.on('SIGTERM', () => server.close(() => process.exit(0)));
