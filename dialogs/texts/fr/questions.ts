import type { questions as english } from '../en/questions';

/** Questions à options ou à montant : comment y répondre, et ce qui se passe quand personne ne répond. */
export const questions: typeof english = {
  question: {
    retryChoice: (count) => `Je n’ai pas reconnu votre choix. Répondez par son numéro (1 à ${count}), touchez-le ci-dessous ou tapez « annuler ».`,
    retryAmount: 'Indiquez un montant, par exemple « 100 », ou tapez « annuler ».',
    retryYesNo: 'Répondez par «\u202foui\u202f» ou «\u202fnon\u202f», ou tapez «\u202fannuler\u202f».',
    dropped: 'Je laisse cette question de côté. Que voulez-vous consulter ?',
  },
};
