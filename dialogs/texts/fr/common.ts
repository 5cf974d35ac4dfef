import type { common as english } from '../en/common';

/** Ce que l’assistant dit quelle que soit la question. */
export const common: typeof english = {
  welcome: 'Bonjour ! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.',
  welcomeUnlinked: 'Pour commencer, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
  greeting: 'Bonjour ! Que voulez-vous consulter ?',
  thanks: 'Avec plaisir ! Autre chose ?',
  help: 'Je peux répondre à : « quel est mon solde ? », « combien j’ai dépensé chez Carrefour le mois dernier ? », « reçu de ma commande Fnac », « où en est mon colis ? ». Tapez « annuler » pour arrêter en cours de route.',
  cancelled: 'C’est annulé. Que puis-je faire d’autre pour vous ?',
  nothingToCancel: 'Il n’y avait rien à annuler. Que voulez-vous consulter ?',
  notUnderstood: 'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.',
  nothingSaid: 'Je n’ai pas compris votre message. Demandez-moi par exemple votre solde ou vos dernières opérations.',
  noAdvice: 'Je ne peux pas donner de conseils financiers ici. Je peux vous montrer où va votre argent\u00a0: vos dépenses par catégorie, ou ce mois-ci par rapport à d’habitude.',
  noAverage: 'Je ne calcule que la moyenne de vos dépenses, par mois ou par semaine. Je peux aussi vous donner le total d’un mois, ou comparer les dépenses de ce mois-ci à d’habitude.',
  error: 'Désolé, un problème est survenu de notre côté. Merci de réessayer dans un instant.',
};
