import type { conversation as english } from '../en/conversation';

/** Passer la main à un conseiller, pagination, réponses rapides de la conversation. */
export const conversation: typeof english = {
  handoff: 'Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même, inutile de tout répéter.',
  handoffAfterFailures: 'Désolé, je n’arrive pas à vous comprendre. Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même.',
  whatToCheck: 'Volontiers. Que voulez-vous consulter\u202f?',
  offerDeclined: 'Très bien. Que voulez-vous consulter\u202f?',
  nothingToChoose: 'Il n’y a pas de liste où choisir en ce moment. Demandez «\u202fmes reçus\u202f» ou «\u202fmes livraisons\u202f», puis choisissez par son numéro.',
  nothingToFollow: 'Je n’ai pas de question précédente à reprendre. Posez-la en entier, par exemple «\u202fcombien j’ai dépensé le mois dernier\u202f?\u202f» ou «\u202fmon solde au 1er octobre\u202f».',
  yesNoQuick: { yes: 'Oui', no: 'Non' },
  moreQuick: {
    showMore: 'Voir plus',
    adviser: 'Un conseiller',
  },
};
