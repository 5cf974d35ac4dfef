import { wrongBotReply, wrongEcho } from '../../../bot/bench/replyCheck';
import { mergeResults, type LoadResult } from '../../../bot/bench/load';
import { cpuPerTurn } from '../../../bot/bench/report';
import { textsFor } from '../../../dialogs/texts';

const body = (...texts: string[]) => JSON.stringify({ activities: texts.map((text) => ({ type: 'message', text })) });

describe('bench reply check', () => {
  it('accepts an answer with an amount, and a total that names the merchant even when nothing was spent', () => {
    expect(wrongBotReply(200, body('Vos soldes :\n• Compte courant : 7 702,74 €'), { kind: 'balance', text: 'solde' }, 'Fnac')).toBeNull();
    expect(wrongBotReply(200, body('At Argos, from 1 to 30 November: nothing spent.'), { kind: 'total', text: '…', merchant: 'Argos' }, 'Fnac')).toBeNull();
  });

  it('refuses errors, refusals, a broader total and a reply without what was asked', () => {
    const total = { kind: 'total', text: 'How much at BT last month?', merchant: 'BT' } as const;
    expect(wrongBotReply(500, '{}', total, 'Fnac')).toBe('HTTP 500');
    expect(wrongBotReply(200, body(textsFor('fr').notUnderstood), total, 'Fnac')).toBe('total: refused or failed');
    expect(wrongBotReply(200, body(textsFor('en').needLink), total, 'Fnac')).toBe('total: refused or failed');
    expect(wrongBotReply(200, body('From 1 to 30 November: €106.72 spent in 4 payments.'), total, 'Fnac'))
      .toBe('total: the reply does not name the merchant (BT)');
    expect(wrongBotReply(200, body('Your balances:'), { kind: 'balance', text: '…' }, 'Fnac')).toBe('balance: no amount in the reply');
    expect(wrongBotReply(200, body('Your Darty order was delivered.'), { kind: 'delivery', text: '…' }, 'Fnac'))
      .toBe('delivery: the reply names no delivery');
    expect(wrongBotReply(200, 'not json', { kind: 'receipt', text: '…' }, 'Fnac')).toBe('body is not JSON');
  });

  it('accepts a receipt shown as a card', () => {
    const card = JSON.stringify({ activities: [{ type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }] }] });
    expect(wrongBotReply(200, card, { kind: 'receipt', text: '…' }, 'Fnac')).toBeNull();
  });

  it('checks that an echo says back what was sent', () => {
    expect(wrongEcho(200, body('echo: hello'), 'hello')).toBeNull();
    expect(wrongEcho(200, body('echo: other'), 'hello')).toBe('echo: not the text sent');
  });
});

describe('bench results in slices', () => {
  const slice = (requests: number, seconds: number, latencies: number[], peakMb: number, cpuMs = 0): LoadResult => ({
    label: 'bot (webchat)', target: 'bot', connections: 10, requests, seconds, latencies, turnsPerSecond: requests / seconds,
    p50: 0, p99: 0, peakMb, wrong: 1, examples: ['x'], cpuMs,
  });

  it('adds turns and time, merges latencies, keeps the highest peak', () => {
    const merged = mergeResults([slice(300, 2, [1, 2, 3], 200), slice(100, 2, [4, 5], 250)]);
    expect(merged.requests).toBe(400);
    expect(merged.turnsPerSecond).toBe(100);
    expect(merged.p50).toBe(3);
    expect(merged.p99).toBe(5);
    expect(merged.peakMb).toBe(250);
    expect(merged.wrong).toBe(2);
    expect(merged.examples).toEqual(['x']);
  });

  it('adds the CPU time of the slices, so that CPU per turn is over all of them', () => {
    const merged = mergeResults([slice(300, 2, [1], 200, 900), slice(100, 2, [2], 250, 300)]);
    expect(merged.cpuMs).toBe(1200);
    expect(cpuPerTurn(merged)).toBe(3);
  });
});
