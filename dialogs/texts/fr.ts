import type { Texts } from './en';

/** Tout ce que l'assistant dit en français ; mêmes clés que `en.ts`. */
export const fr: Texts = {
  welcome: 'Bonjour ! Je suis l’assistant de votre banque. Je peux vous donner vos soldes, vos dernières opérations, vos reçus et la date de livraison de vos colis.',
  welcomeUnlinked: 'Pour commencer, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
  greeting: 'Bonjour ! Que voulez-vous consulter ?',
  thanks: 'Avec plaisir ! Autre chose ?',
  help: 'Je peux répondre à : « quel est mon solde ? », « combien j’ai dépensé chez Carrefour le mois dernier ? », « reçu de ma commande Fnac », « où en est mon colis ? ». Tapez « annuler » pour arrêter en cours de route.',
  cancelled: 'C’est annulé. Que puis-je faire d’autre pour vous ?',
  nothingToCancel: 'Il n’y avait rien à annuler. Que voulez-vous consulter ?',
  notUnderstood: 'Désolé, je ne peux pas faire cela ici. Je peux vous donner vos soldes, vos opérations, vos reçus et vos dates de livraison.',
  error: 'Désolé, un problème est survenu de notre côté. Merci de réessayer dans un instant.',

  needLink: 'D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
  linkExpired: 'Votre liaison a expiré (elle dure 180 jours, pour votre sécurité). Demandez un nouveau code à votre banque et envoyez « lier » suivi du code.',
  askLinkCode: 'Quel est votre code de liaison ? Il compte 8 caractères.',
  linked: (name: string) => `C’est fait, cette conversation est liée. Bienvenue, ${name} ! Que voulez-vous consulter ?`,
  linkInvalid: (attemptsLeft: number) =>
    `Ce code n’est pas valide ou a expiré. Encore ${attemptsLeft} essai${attemptsLeft > 1 ? 's' : ''} avant une pause.`,
  linkLocked: (minutes: number) =>
    `Trop de codes erronés. Pour votre sécurité, la liaison est suspendue ${minutes} min. Réessayez plus tard.`,
  unlinked: 'Cette conversation n’est plus liée à votre compte. Envoyez « lier » avec un nouveau code pour la lier à nouveau.',
  notLinked: 'Cette conversation n’est liée à aucun compte.',

  balancesIntro: 'Vos soldes :',
  balanceLine: (name: string, masked: string, amount: string) => `${name} (${masked}) : ${amount}`,
  whichAccount: 'Quel compte ?',
  noSuchAccount: 'Je n’ai pas trouvé ce compte. Voici vos comptes :',

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
