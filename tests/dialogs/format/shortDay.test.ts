import { formatShortDay } from '../../../dialogs/format/dates';

const NOW = new Date('2026-11-29T10:00:00+01:00');

describe('formatShortDay', () => {
  it('leaves the year out for this year, and shows it for another year, in the bank\'s zone', () => {
    expect(formatShortDay('2026-11-27T06:00:00.000Z', 'fr', 'Europe/Paris', NOW)).toBe('27 nov.');
    expect(formatShortDay('2025-12-06T10:00:00.000Z', 'fr', 'Europe/Paris', NOW)).toBe('6 déc. 2025');
    expect(formatShortDay('2025-12-06T10:00:00.000Z', 'en', 'Europe/Paris', NOW)).toBe('6 Dec 2025');
    // 23:30 UTC on 31 December 2025 is already 1 January 2026 in Paris: this year's.
    expect(formatShortDay('2025-12-31T23:30:00.000Z', 'en', 'Europe/Paris', NOW)).toBe('1 Jan');
  });
});
