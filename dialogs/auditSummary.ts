import type { AuditEntry } from '../data/auditLog';
import type { Language } from '../data/language';
import { localDate } from '../data/time';
import { channelName } from './channels';
import { formatDay } from './format/dates';
import { textsFor } from './texts';

/** Day-and-channel groups shown; older ones are counted on one line. */
const GROUPS_SHOWN = 5;

interface AccessGroup { day: string; channelId: string; reads: Map<string, number> }

/**
 * "Who looked at my data?" in a few readable lines: one per day and channel, newest first, saying what
 * was read and how often ("dimanche 29 novembre, Messenger : soldes (2 fois), opérations").
 */
export function auditLines(entries: readonly AuditEntry[], language: Language, timeZone: string, now: Date): string[] {
  const texts = textsFor(language);
  const groups: AccessGroup[] = [];
  for (const entry of entries) {
    const day = localDate(new Date(entry.at), timeZone);
    let group = groups.find((g) => g.day === day && g.channelId === entry.channelId);
    if (!group) groups.push((group = { day, channelId: entry.channelId, reads: new Map() }));
    group.reads.set(entry.intent, (group.reads.get(entry.intent) ?? 0) + 1);
  }
  const kinds = texts.privacyReadKinds as Record<string, string>;
  const lines = groups.slice(0, GROUPS_SHOWN).map((group) => {
    const reads = [...group.reads].map(([intent, count]) => texts.privacyTimes(kinds[intent] ?? texts.privacyOtherReads, count));
    return texts.privacyAuditGroup(formatDay(group.day, language, timeZone, now), channelName(group.channelId), reads.join(', '));
  });
  if (groups.length > GROUPS_SHOWN) lines.push(texts.privacyAuditMore(groups.length - GROUPS_SHOWN));
  return lines;
}
