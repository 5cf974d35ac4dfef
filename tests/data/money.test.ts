import { formatCents, parseCents } from '../../data/money';

describe('parseCents', () => {
  it.each([
    ['12452.07', 1245207],
    ['-45.90', -4590],
    ['12', 1200],
    ['-0.5', -50],
    ['0.01', 1],
    ['-0', 0],
    ['007.10', 710],
  ])('reads %s as %i cents', (text, cents) => {
    expect(parseCents(text)).toBe(cents);
  });

  it('never returns negative zero', () => {
    expect(Object.is(parseCents('-0.00'), 0)).toBe(true);
  });

  it.each([['12,5'], ['1e3'], ['12.345'], [''], [' 12'], ['12 '], ['abc'], ['+12'], ['.5'], ['12.'], ['--1'], ['99999999999999999999']])(
    'refuses %j', (text) => {
      expect(parseCents(text)).toBeNull();
    });

  it.each([[12], [null], [undefined], [{}], [['1']]])('refuses the non-string %p', (value) => {
    expect(parseCents(value)).toBeNull();
  });
});

describe('formatCents', () => {
  it.each([
    [1245207, '12452.07'],
    [-4590, '-45.90'],
    [-50, '-0.50'],
    [0, '0.00'],
    [7, '0.07'],
  ])('writes %i cents as %s', (cents, text) => {
    expect(formatCents(cents)).toBe(text);
  });

  it('round-trips with parseCents', () => {
    for (const cents of [-999999, -1, 0, 1, 99, 100, 123456789]) expect(parseCents(formatCents(cents))).toBe(cents);
  });

  it('refuses a fractional number of cents', () => {
    expect(() => formatCents(1.5)).toThrow(RangeError);
  });
});
