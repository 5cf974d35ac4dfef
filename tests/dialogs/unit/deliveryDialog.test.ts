import { DialogTurnStatus } from 'botbuilder-dialogs';
import { DeliveryDialog } from '../../../dialogs/deliveryDialog';
import { french, NBSP, playCase, type DialogCase } from './dialogCase';
import { tinyBankStores } from './tinyBank';

const cases: DialogCase[] = [
  {
    name: 'no order named: the one parcel under way, in detail',
    steps: [{ user: 'mes livraisons', understood: { intent: 'Delivery' }, replies: [french('Votre commande Fnac (FN-1001) est en cours d’acheminement.\nLivraison prévue le mercredi 2 décembre, dans 3 jours.\nTransporteur : Colissimo, numéro de suivi 6A123.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'every recent parcel, delivered ones included',
    steps: [{ user: 'toutes mes livraisons', understood: { intent: 'Delivery', entities: { deliveryScope: ['all'] } }, replies: [french([
        // The number stays with its word on a phone.
        `Vos colis en route et livrés ces 30${NBSP}derniers jours :`,
        '• Fnac (FN-1001) : en route, mercredi 2 décembre, dans 3 jours',
        '• Carrefour (CA-77) : livré, samedi 21 novembre, il y a 8 jours',
      ].join('\n'))] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'an order named by its number, delivered',
    steps: [{ user: 'ma commande CA-77', understood: { intent: 'Delivery', entities: { orderNumber: ['CA-77'] } }, replies: [french('Votre commande Carrefour (CA-77) a été livrée le samedi 21 novembre (il y a 8 jours).\nTransporteur : Chronopost, numéro de suivi XY1.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'a shop with no order is said so',
    steps: [{ user: 'ma commande Boulanger', understood: { intent: 'Delivery', entities: { merchant: ['Boulanger'] } }, replies: [french('Aucune commande Boulanger à votre nom. Votre colis en route : Fnac.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'in English, for James: a delayed parcel',
    language: 'en',
    customer: 'c2',
    steps: [{ user: 'where is my Tesco order', understood: { intent: 'Delivery', entities: { merchant: ['Tesco'] } }, replies: ['Your Tesco order (TS-77) is delayed.\nNew expected date: Tuesday 1 December, in 2 days.\nCarrier: Royal Mail, tracking number RM1.'] }],
    status: DialogTurnStatus.complete,
  },
];

describe('DeliveryDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase(new DeliveryDialog(tinyBankStores()), testCase);
  });
});
