import type { Language } from '../data/language';
import type { ChatUserRecords } from '../data/chatUserRecords';
import type { ChatUser } from '../data/linkStore';
import { formatNumericDate } from './format/dateTime';
import type { RecordLine } from './texts/en/privacy';
import type { Texts } from './texts';

/** One line per kind of record the stores keep about the chat user, dates in the bank's zone. */
export function describeRecords(
  stores: readonly ChatUserRecords[], user: ChatUser, texts: Texts, language: Language, timeZone: string,
): string[] {
  const lineOf = texts.privacyKinds as Record<string, RecordLine | undefined>;
  return stores.flatMap((store) => store.describe(user)).map(({ kind, count, from, to }) => {
    const line = lineOf[kind];
    if (!line) return texts.privacyOther(kind, count);
    return line(count, from && formatNumericDate(from, language, timeZone), to && formatNumericDate(to, language, timeZone));
  });
}
