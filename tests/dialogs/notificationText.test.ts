import { digestText, renderNotification } from '../../dialogs/notificationText';
import { deliveryDetail } from '../../dialogs/deliveryText';
import { NBSP, NNBSP } from './unit/dialogCase';
import { NOW, TIME_ZONE } from './unit/tinyBank';

const delayed = { merchant: 'Fnac', orderNumber: 'FN-1001', status: 'delayed' as const, estimatedDelivery: '2026-12-01', deliveredAt: null };

describe('notification text', () => {
  it('writes a day as the dialogs do: weekday, "1er", no year when it is this one', () => {
    expect(renderNotification({ delivery: delayed }, 'fr', TIME_ZONE, NOW)).toBe(`📦 Commande Fnac FN-1001${NBSP}: retardée, livraison prévue le mardi 1er décembre`);
    expect(renderNotification({ delivery: delayed }, 'en', TIME_ZONE, NOW)).toBe('📦 Fnac order FN-1001: delayed, expected Tuesday 1 December');
  });

  it('agrees with the delivery dialog on the same day', () => {
    const parcel = { id: 'd1', receiptId: 'r1', accountId: 'a1', carrier: 'Colissimo', trackingNumber: '6A1', ...delayed };
    const info = { language: 'fr', now: NOW } as Parameters<typeof deliveryDetail>[1];
    expect(deliveryDetail(parcel, info, TIME_ZONE)).toContain('mardi 1er décembre, dans 2 jours');
    expect(renderNotification({ delivery: delayed }, 'fr', TIME_ZONE, NOW)).toContain('le mardi 1er décembre');
  });

  it('gathers what was held into one digest, a bullet per fact', () => {
    const payment = { accountName: 'Compte courant', accountType: 'checking' as const, currency: 'EUR', amountCents: -4_500, counterparty: 'Fnac', status: 'booked' as const, balanceCents: 295_500 };
    expect(digestText([{ transaction: payment }, { delivery: delayed }], 'fr', TIME_ZONE, NOW).split('\n')).toEqual([
      `Pendant votre absence${NBSP}:`,
      expect.stringContaining(`45,00${NBSP}€`),
      `• 📦 Commande Fnac FN-1001${NBSP}: retardée, livraison prévue le mardi 1er décembre`,
    ]);
    expect(digestText([{ transaction: payment }], 'fr', TIME_ZONE, NOW)).toContain(`2${NNBSP}955,00${NBSP}€`);
  });
});
