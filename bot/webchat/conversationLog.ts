import { randomUUID } from 'node:crypto';
import type { Activity } from 'botbuilder';

/** Activities kept per conversation: enough to show a reload the whole conversation of a visit. */
export const MAX_ACTIVITIES = 500;
/** Conversations kept at once; the oldest is forgotten first (its bot state stays in the database). */
export const MAX_CONVERSATIONS = 1000;
/** Conversations one web user keeps at once (tabs, reloads): one user opening many only pushes out their own. */
export const MAX_CONVERSATIONS_PER_USER = 5;

export interface WebConversation {
  id: string;
  userId: string;
  /** Opened from the support console: the turn traces are kept for its panel and the transcript. */
  console: boolean;
  activities: Partial<Activity>[];
  /** The watermark of the first activity kept (older ones were dropped past MAX_ACTIVITIES). */
  offset: number;
}

type Waiter = () => void;

/**
 * What the web channel has said both ways, per conversation, in memory: Direct Line's own store. Each
 * activity gets the next watermark; a reader asks for what follows the watermark it has, and may wait.
 */
export class ConversationLog {
  private readonly conversations = new Map<string, WebConversation>();
  private readonly waiters = new Map<string, Set<Waiter>>();

  open(userId: string, options: { console: boolean }): WebConversation {
    const own = [...this.conversations.values()].filter((c) => c.userId === userId);
    if (own.length >= MAX_CONVERSATIONS_PER_USER) this.conversations.delete(own[0].id);
    else if (this.conversations.size >= MAX_CONVERSATIONS) this.conversations.delete(this.conversations.keys().next().value as string);
    const conversation = { id: randomUUID(), userId, console: options.console, activities: [], offset: 0 };
    this.conversations.set(conversation.id, conversation);
    return conversation;
  }

  find(conversationId: string): WebConversation | undefined {
    return this.conversations.get(conversationId);
  }

  /** Adds an activity with its id and timestamp, and wakes whoever waits for news of it. */
  append(conversationId: string, activity: Partial<Activity>, now: Date): string | undefined {
    const conversation = this.conversations.get(conversationId);
    if (!conversation) return undefined;
    const id = `${conversation.id}|${String(conversation.offset + conversation.activities.length).padStart(7, '0')}`;
    conversation.activities.push({ ...activity, id, timestamp: activity.timestamp ?? now, conversation: { id: conversation.id } as never });
    if (conversation.activities.length > MAX_ACTIVITIES) {
      conversation.activities.shift();
      conversation.offset += 1;
    }
    for (const wake of this.waiters.get(conversationId) ?? []) wake();
    return id;
  }

  /** What follows `watermark` (absent or unreadable: from the start), and the new watermark. */
  since(conversation: WebConversation, watermark: string | undefined): { activities: Partial<Activity>[]; watermark: string } {
    const from = Math.max(0, (/^\d+$/.test(watermark ?? '') ? Number(watermark) : 0) - conversation.offset);
    const end = conversation.offset + conversation.activities.length;
    return { activities: conversation.activities.slice(from), watermark: String(end) };
  }

  /** Resolves when something is appended to the conversation, or after `ms` (a long poll's wait). */
  waitForNews(conversationId: string, ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve) => {
      const set = this.waiters.get(conversationId) ?? new Set<Waiter>();
      this.waiters.set(conversationId, set);
      const done = () => {
        clearTimeout(timer);
        set.delete(done);
        if (set.size === 0) this.waiters.delete(conversationId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      signal?.addEventListener('abort', done, { once: true });
      set.add(done);
    });
  }
}
