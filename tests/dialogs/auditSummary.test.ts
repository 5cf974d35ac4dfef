import type { AuditEntry } from '../../data/auditLog';
import { auditLines } from '../../dialogs/auditSummary';

const NOW = new Date('2026-11-29T10:00:00+01:00');
const entry = (at: string, channelId: string, intent: string): AuditEntry =>
  ({ at, channelId, userId: 'u', customerId: 'c1', intent, accountIds: [] });

describe('auditLines', () => {
  // Newest first, as the audit log returns them; 00:30 in Paris on 29 November is still 28 November in UTC.
  const entries = [
    entry('2026-11-29T09:00:00.000Z', 'facebook', 'Balance'),
    entry('2026-11-29T08:50:00.000Z', 'facebook', 'Transactions'),
    entry('2026-11-28T23:30:00.000Z', 'facebook', 'Balance'),
    entry('2026-11-28T22:00:00.000Z', 'emulator', 'Receipt'),
    entry('2025-12-06T10:00:00.000Z', 'webchat', 'Delivery'),
  ];

  it('groups what was read by day and channel, with counts and channel names (fr)', () => {
    expect(auditLines(entries, 'fr', 'Europe/Paris', NOW)).toEqual([
      '• dimanche 29 novembre, Messenger\u00a0: soldes (2\u00a0fois), opérations',
      '• samedi 28 novembre, Bot Framework Emulator\u00a0: reçus',
      '• samedi 6 décembre 2025, Web Chat\u00a0: livraisons',
    ]);
  });

  it('says the same in English, and counts the groups it leaves out', () => {
    const many = Array.from({ length: 7 }, (_, i) => entry(`2026-11-${String(20 - i).padStart(2, '0')}T10:00:00.000Z`, 'msteams', 'Balance'));
    const lines = auditLines(many, 'en', 'Europe/Paris', NOW);
    expect(lines[0]).toBe('• Friday 20 November, Microsoft Teams: balances');
    expect(lines).toHaveLength(6);
    expect(lines[5]).toBe('…and 2 earlier days or channels. The bank can give you the full list.');
  });

  it('names every kind of read in words, insights included, never an intent id (fr, en)', () => {
    const insights = ['SpendingBreakdown', 'SpendingBreakdown', 'Upcoming', 'Upcoming', 'Income', 'Subscriptions', 'SpendingComparison', 'Unknown']
      .map((intent, i) => entry(`2026-11-29T0${8 - Math.floor(i / 4)}:0${i}:00.000Z`, 'facebook', intent));
    expect(auditLines(insights, 'fr', 'Europe/Paris', NOW)).toEqual([
      '• dimanche 29 novembre, Messenger\u00a0: dépenses par catégorie (2\u00a0fois), prélèvements à venir (2\u00a0fois), revenus, '
        + 'paiements réguliers, comparaisons de dépenses, autres données',
    ]);
    expect(auditLines(insights, 'en', 'Europe/Paris', NOW)).toEqual([
      '• Sunday 29 November, Messenger: spending by category (2 times), upcoming payments (2 times), income, '
        + 'regular payments, spending comparisons, other data',
    ]);
  });
});
