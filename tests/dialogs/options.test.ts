import { pickedOption, type Option } from '../../dialogs/conversation/options';

const OPTIONS: Option[] = [
  { id: 'd1', title: 'Amazon 402-5550001-1112223', line: '', day: '2026-12-02', names: ['Amazon', '402-5550001-1112223'] },
  { id: 'd2', title: 'Amazon 402-1234567-7654321', line: '', day: '2026-10-20', names: ['Amazon', '402-1234567-7654321'] },
  { id: 'd3', title: 'Boulanger BL-771204519', line: '', day: '2026-09-24', names: ['Boulanger', 'BL-771204519'] },
];

const pick = (text: string, entities = {}) => pickedOption(OPTIONS, text, { language: 'fr', ...entities })?.id;

describe('pickedOption', () => {
  it('takes the full name, the cut title with or without its ellipsis', () => {
    expect(pick('Amazon 402-1234567-7654321')).toBe('d2');
    expect(pick('Amazon 402-1234567-7')).toBe('d2');
    expect(pick('Amazon 402-1234567-…')).toBe('d2');
  });

  it('takes a position, the latest, an order number, a month, a distinctive word', () => {
    expect(pick('3', { reference: [{ kind: 'position', position: 3 }] })).toBe('d3');
    expect(pick('la dernière', { reference: [{ kind: 'latest' }] })).toBe('d1');
    expect(pick('402-5550001-1112223', { orderNumber: ['402-5550001-1112223'] })).toBe('d1');
    expect(pick('celle d’octobre', { period: [{ start: '2026-10-01', end: '2026-10-31' }] })).toBe('d2');
    expect(pick('celle de chez Boulanger')).toBe('d3');
  });

  it('picks nothing when the message fits several options, none, or a position out of range', () => {
    expect(pick('Amazon', { merchant: ['Amazon'] })).toBeUndefined();
    expect(pick('celle de mars', { period: [{ start: '2026-03-01', end: '2026-03-31' }] })).toBeUndefined();
    expect(pick('7', { reference: [{ kind: 'position', position: 7 }] })).toBeUndefined();
    expect(pick('blabla')).toBeUndefined();
  });
});
