import { ConversationReferenceStore } from '../../data/conversationReferenceStore';
import { NotificationSettingsStore } from '../../data/notificationSettingsStore';
import { SqlStorage } from '../../data/sqlStorage';
import { StateExpiry } from '../../data/stateExpiry';
import { ENGINES, type EngineDatabase } from '../support/engines';
import { importDataset } from '../../data/import/importer';
import { smallBank } from './fixtures/smallBank';

const NOW = new Date('2026-11-29T09:00:00.000Z');
const DAY = 24 * 60 * 60_000;

/** The stores of what a chat user leaves behind, the same cases on both engines; each test has its own chat users. */
describe.each(ENGINES)('chat users\' records, on %s', (_engine, open) => {
  let db: EngineDatabase;
  beforeAll(async () => {
    db = await open();
    // The bank's customer c1 and account a1, which SQLite's foreign keys require.
    await importDataset(db.sql, smallBank());
  });
  afterAll(() => db.close());

  it('keeps the latest conversation reference of a chat user, and erases it', async () => {
    const references = new ConversationReferenceStore(db.sql);
    const user = { channelId: 'facebook', userId: 'psid-ref' };
    await references.save({ ...user, customerId: null, language: 'fr', reference: { conversation: { id: 'a' } }, lastMessageAt: NOW });
    await references.save({ ...user, customerId: 'c1', language: 'en', reference: { conversation: { id: 'b' } }, lastMessageAt: new Date(NOW.getTime() + 60_000) });
    expect(await references.find(user)).toEqual({
      ...user, customerId: 'c1', language: 'en', reference: { conversation: { id: 'b' } }, lastMessageAt: new Date('2026-11-29T09:01:00.000Z'),
    });
    expect(await references.describe(user)).toEqual([
      { kind: 'conversationReference', count: 1, from: '2026-11-29T09:01:00.000Z', to: '2026-11-29T09:01:00.000Z' },
    ]);
    expect(await references.erase(user)).toBe(1);
    expect(await references.find(user)).toBeNull();
  });

  it('turns topics on and off one by one, keeps thresholds in cents, and erases both', async () => {
    const settings = new NotificationSettingsStore(db.sql);
    const user = { channelId: 'emulator', userId: 'u-settings' };
    expect(await settings.settings(user)).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
    await settings.setTopics(user, ['transactions', 'unusual'], true, NOW);
    await settings.setTopics(user, ['unusual'], false, NOW);
    await settings.setLowBalanceThreshold(user, 'a1', 20_000);
    await settings.setLowBalanceThreshold(user, 'a1', 15_050);
    expect(await settings.settings(user)).toEqual({ transactions: true, deliveries: false, unusual: false, lowBalance: { 'a1': 15_050 } });
    expect(await settings.describe(user)).toEqual([{ kind: 'notificationSettings', count: 1 }, { kind: 'lowBalanceAlerts', count: 1 }]);
    expect(await settings.erase(user)).toBe(2);
    expect(await settings.settings(user)).toEqual({ transactions: false, deliveries: false, unusual: false, lowBalance: {} });
  });

  it("purges an unlinked chat user's bot state after the retention, and keeps it before", async () => {
    const key = 'webchat/conversations/conv-expiry/users/never-linked/';
    await new SqlStorage(db.sql, () => NOW).write({ [key]: { greeted: true } });
    const expiry = new StateExpiry(db.sql);
    expect(await expiry.purge(new Date(NOW.getTime() + 6 * DAY), 7)).toEqual({ botState: 0, linkAttempts: 0, counters: 0, handoffMessages: 0 });
    expect(await new SqlStorage(db.sql).read([key])).toEqual({ [key]: { greeted: true, eTag: expect.any(String) } });
    expect(await expiry.purge(new Date(NOW.getTime() + 8 * DAY), 7)).toEqual({ botState: 1, linkAttempts: 0, counters: 0, handoffMessages: 0 });
    expect(await new SqlStorage(db.sql).read([key])).toEqual({});
  });
});
