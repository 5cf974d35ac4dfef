import type { Activity, TestAdapter } from 'botbuilder';

/** Sends one message through the adapter and returns every reply it produced, in order. */
export async function say(adapter: TestAdapter, text: string): Promise<Partial<Activity>[]> {
  await adapter.receiveActivity(text);
  return adapter.activeQueue.splice(0, adapter.activeQueue.length);
}
