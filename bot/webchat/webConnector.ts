import type { Activity, ResourceResponse } from 'botbuilder';
import type { ConnectorClient, ConnectorFactory } from 'botframework-connector';
import type { Clock } from '../infra/clock';
import type { ConversationLog } from './conversationLog';

/**
 * The `serviceUrl` of web chat conversations. It names no host on purpose (`.invalid` never resolves):
 * what the bot sends there is handed to the conversation log in this process, never sent over a network.
 */
export const WEBCHAT_SERVICE_URL = 'https://webchat.invalid/';

export function isWebChatServiceUrl(serviceUrl: string | undefined): boolean {
  return serviceUrl === WEBCHAT_SERVICE_URL;
}

/**
 * The part of a Bot Framework connector client that CloudAdapter uses to send, for the web channel:
 * replies, typing and proactive messages go to the conversation log, where the page reads them.
 */
export function webConnectorClient(log: ConversationLog, clock: Clock): ConnectorClient {
  const send = async (conversationId: string, activity: Partial<Activity>): Promise<ResourceResponse> => {
    const id = log.append(conversationId, asPlainText(activity), clock.now());
    if (!id) throw Object.assign(new Error('web conversation is gone'), { statusCode: 404 });
    return { id };
  };
  const conversations = {
    sendToConversation: send,
    replyToActivity: (conversationId: string, _replyToId: string, activity: Partial<Activity>) => send(conversationId, activity),
    updateActivity: (conversationId: string, _activityId: string, activity: Partial<Activity>) => send(conversationId, activity),
    deleteActivity: async () => undefined,
  };
  return { conversations } as unknown as ConnectorClient;
}

/**
 * The bot writes plain text with line breaks, for Messenger; Web Chat would read it as Markdown, joining
 * lines and taking a `*` or `_` in a merchant's name for emphasis. Said once, here, for the web channel.
 */
function asPlainText(activity: Partial<Activity>): Partial<Activity> {
  return activity.type === 'message' && !activity.textFormat ? { ...activity, textFormat: 'plain' } : activity;
}

/** A connector factory for the turns the web channel runs itself: every client it makes is the log's. */
export function webConnectorFactory(log: ConversationLog, clock: Clock): ConnectorFactory {
  const client = webConnectorClient(log, clock);
  return { create: async () => client } as ConnectorFactory;
}
