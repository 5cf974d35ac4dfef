import type { notifications as english } from '../en/notifications';
import { deName } from '../../format/frenchDe';

/** Mises à jour en temps réel et les réglages qui les commandent. */
export const notifications: typeof english = {
  notify: {
    payment: (amount, counterparty) => `💳 Paiement de ${amount} chez ${counterparty}`,
    moneyIn: (amount, counterparty) => `💶 ${amount} reçus ${deName(counterparty)}`,
    pendingPayment: (amount, counterparty) => `💳 Paiement en attente de ${amount} chez ${counterparty}`,
    balanceAfter: (accountName, balance, type) => ` — solde ${type === 'credit_card' ? 'de la' : 'du'} ${lowerFirst(accountName)} : ${balance}`,
    lowBalance: (accountName, balance, threshold) =>
      `⚠️ Votre ${lowerFirst(accountName)} est à ${balance}, sous votre seuil d’alerte de ${threshold}`,
    delivery: (merchant, order, status) => `📦 Commande ${merchant} ${order} : ${status}`,
    expected: (date) => `, livraison prévue le ${date}`,
    deliveredOn: (date) => ` le ${date}`,
    status: {
      ordered: 'commandée', shipped: 'expédiée', in_transit: 'en route', out_for_delivery: 'en cours de livraison aujourd’hui',
      delivered: 'livrée', delayed: 'retardée',
    },
    digest: 'Pendant votre absence :',
  },
  notificationSettings: {
    on: 'C’est fait : je vous préviendrai ici quand de l’argent bouge sur vos comptes et quand vos colis avancent.',
    off: 'C’est fait : plus aucune notification ici.',
    transactionsOn: 'C’est fait : je vous préviendrai ici quand de l’argent bouge sur vos comptes.',
    transactionsOff: 'C’est fait : plus de notifications ici sur vos opérations.',
    deliveriesOn: 'C’est fait : je vous préviendrai ici quand vos colis avancent.',
    deliveriesOff: 'C’est fait : plus de suivi de livraison ici.',
    lowBalanceOff: 'C’est fait : plus d’alertes de solde bas.',
    lowBalanceSet: (accountName, threshold) => `C’est fait : je vous alerterai ici si votre ${lowerFirst(accountName)} passe sous ${threshold}.`,
    whichAccount: 'L’alerte porte sur quel compte ?',
    askThreshold: 'Sous quel montant ? Par exemple : « alerte-moi si mon solde passe sous 100 € ».',
    askThresholdIn: (accountName, currency) =>
      `Votre ${lowerFirst(accountName)} est en ${currency}\u00a0: sous quel montant en ${currency}\u202f? Par exemple «\u202f50\u202f».`,
    currencyNames: { EUR: 'euros', GBP: 'livres sterling', USD: 'dollars américains' },
    status: (transactions, deliveries, unusual, alerts) =>
      `Ici : opérations ${transactions ? 'activées' : 'désactivées'}, livraisons ${deliveries ? 'activées' : 'désactivées'}, `
      + `paiements inhabituels ${unusual ? 'activés' : 'désactivés'}, ${alerts} alerte${alerts > 1 ? 's' : ''} de solde bas.`,
  },
  notificationQuick: {
    turnOn: 'Activer les notifs',
    turnOff: 'Couper les notifs',
    lowBalance: 'Alerte solde bas',
    lowBalanceOff: { title: 'Couper solde bas', value: 'Coupe les alertes de solde bas' },
    unusualOn: { title: 'Alerte inhabituelle', value: 'Active les alertes de paiements inhabituels' },
    unusualOff: { title: 'Couper inhabituelles', value: 'Coupe les alertes de paiements inhabituels' },
  },
};

/** "Compte courant" reads "du compte courant" inside a sentence; "Livret A" keeps its capital A. */
function lowerFirst(name: string): string {
  // "Compte courant" → "compte courant", but an acronym stays as it is ("LDD", "PEA").
  if (/^\p{Lu}{2}/u.test(name)) return name;
  return name.charAt(0).toLocaleLowerCase('fr') + name.slice(1);
}
