import { inMessages, MAX_MESSAGE_LENGTH } from '../../dialogs/replies';

describe('lines split into messages', () => {
  it('keeps lines whole, each message under the limit, quick replies on the last one only', () => {
    const lines = Array.from({ length: 50 }, (_, i) => `• ${String(i + 1).padStart(2, '0')} ${'x'.repeat(75)}`);
    const messages = inMessages(lines, ['Voir plus']);
    expect(messages.map((m) => (m.text ?? '').split('\n').length)).toEqual([24, 24, 2]);
    expect(messages.map((m) => (m.text ?? '').length)).toEqual([24 * 81 - 1, 24 * 81 - 1, 2 * 81 - 1]);
    expect(messages.every((m) => (m.text ?? '').length <= MAX_MESSAGE_LENGTH)).toBe(true);
    expect(messages.map((m) => m.suggestedActions?.actions.map((a) => a.title))).toEqual([undefined, undefined, ['Voir plus']]);
    expect(messages.flatMap((m) => (m.text ?? '').split('\n'))).toEqual(lines);
  });

  it('gives one message when everything fits', () => {
    expect(inMessages(['a', 'b']).map((m) => m.text)).toEqual(['a\nb']);
  });
});
