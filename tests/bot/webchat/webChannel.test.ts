import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, ConversationState, MemoryStorage, ShowTypingMiddleware } from 'botbuilder';
import { FixedClock } from '../../../bot/infra/clock';
import { ConversationLog } from '../../../bot/webchat/conversationLog';
import { WebChannel } from '../../../bot/webchat/webChannel';

/** A bot that answers only once the page has been shown that it is typing: slow work, as the customer sees it. */
class SlowBot extends ActivityHandler {
  constructor(log: ConversationLog, conversationId: () => string) {
    super();
    this.onMessage(async (context, next) => {
      while (!log.find(conversationId())?.activities.some((a) => a.type === 'typing')) await log.waitForNews(conversationId(), 60_000);
      await context.sendActivity('done');
      await next();
    });
  }
}

describe('the web channel’s turns', () => {
  it('shows the typing indicator of a slow turn before its reply, in the order the page reads them', async () => {
    const log = new ConversationLog();
    const conversation = log.open('web-visitor-1', { console: false });
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    adapter.use(new ShowTypingMiddleware(10, 600_000));
    const channel = new WebChannel({
      adapter, bot: new SlowBot(log, () => conversation.id), dialogStateOwner: new ConversationState(new MemoryStorage()), log,
      clock: new FixedClock('2026-11-29T10:00:00+01:00'),
    });
    await channel.post(conversation, { text: 'mes opérations', locale: 'fr-FR', clientActivityID: 'page-1' });
    expect(log.since(conversation, '0').activities.map((a) => [a.type, a.from?.role, a.text])).toEqual([
      ['message', 'user', 'mes opérations'],
      ['typing', 'bot', undefined],
      ['message', 'bot', 'done'],
    ]);
    expect(conversation.activities[0]).toMatchObject({ channelId: 'webchat', channelData: { clientActivityID: 'page-1' } });
  });
});
