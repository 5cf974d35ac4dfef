import type { conversation as english } from '../en/conversation';

/** Passer la main à un conseiller, pagination, réponses rapides de la conversation. */
export const conversation: typeof english = {
  handoff: 'Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même, inutile de tout répéter.',
  handoffAfterFailures: 'Désolé, je n’arrive pas à vous comprendre. Je vous mets en relation avec un conseiller, qui verra notre échange. Il vous répondra ici même.',
  moreQuick: {
    showMore: 'Voir plus',
    adviser: 'Un conseiller',
  },
};
