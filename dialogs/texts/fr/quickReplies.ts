import type { quickReplies as english } from '../en/quickReplies';

/** Titres des réponses rapides : 20 caractères au plus. */
export const quickReplies: typeof english = {
  quick: {
    balance: 'Mon solde',
    transactions: 'Dernières opérations',
    receipts: 'Mes reçus',
    deliveries: 'Mes livraisons',
    help: 'Aide',
    link: 'Lier mon compte',
    cancel: 'Annuler',
  },
};
