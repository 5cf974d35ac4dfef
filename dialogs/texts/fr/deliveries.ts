import type { deliveries as english } from '../en/deliveries';

/** Livraisons : où est un colis et quand il arrive. */
export const deliveries: typeof english = {
  status: {
    ordered: 'est commandée, pas encore expédiée',
    shipped: 'a été expédiée',
    in_transit: 'est en cours d’acheminement',
    out_for_delivery: 'est en cours de livraison',
    delayed: 'est en retard',
    delivered: 'a été livrée',
  },
  order: (merchant: string, number: string) => `Votre commande ${merchant} (${number})`,
  expected: (day: string, relative: string) => `Livraison prévue le ${day}, ${relative}.`,
  newDate: (day: string, relative: string) => `Nouvelle date prévue : ${day}, ${relative}.`,
  noDate: 'Pas encore de date de livraison.',
  deliveredOn: (day: string, relative: string) => `le ${day} (${relative})`,
  carrier: (carrier: string, tracking: string) => `Transporteur : ${carrier}, numéro de suivi ${tracking}.`,
  underWayIntro: 'Vos colis en route :',
  underWayLine: (merchant: string, number: string, status: string, when: string) => `${merchant} (${number}) : ${status}, ${when}`,
  shortStatus: {
    ordered: 'commandé', shipped: 'expédié', in_transit: 'en route', out_for_delivery: 'en livraison',
    delayed: 'en retard', delivered: 'livré',
  },
  noneUnderWay: 'Aucun colis en route en ce moment.',
  recentIntro: (days: number, parcels: number) =>
    `${parcels === 1 ? 'Votre colis en route ou livré' : 'Vos colis en route et livrés'} ces ${days}\u00a0derniers jours\u00a0:`,
  noneRecent: (days: number) => `Aucun colis en route ni livré ces ${days}\u00a0derniers jours.`,
  noOrderAt: (merchant: string, others: string[], parcels: number) =>
    `Aucune commande ${merchant} à votre nom.${others.length > 0 ? ` ${parcels === 1 ? 'Votre colis en route' : 'Vos colis en route'}\u00a0: ${others.join(', ')}.` : ''}`,
  noOrder: 'Je ne trouve pas cette commande.',
  noOrderNumbered: (number: string) => `Je ne trouve pas de commande ${number} à votre nom.`,
  whichOrder: 'Plusieurs commandes correspondent. Laquelle ?',
};
