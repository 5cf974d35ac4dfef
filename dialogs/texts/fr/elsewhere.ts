import type { elsewhere as english } from '../en/elsewhere';

/** Ce que l’assistant ne fait pas, et où le faire. */
export const elsewhere: typeof english = {
  lostCard: (phone: string) =>
    `Faites bloquer votre carte tout de suite, 24\u00a0h/24 et 7\u00a0j/7, au ${phone}. Voulez-vous ensuite que je vous mette en relation avec un conseiller\u202f?`,
  bankApp: (url: string) =>
    `Je ne peux pas faire cela ici\u00a0: je consulte vos comptes, je ne déplace jamais d’argent. Pour un virement, un paiement ou les réglages de votre carte, passez par l’application ou le site de votre banque\u00a0: ${url}\nVoulez-vous qu’un conseiller vous aide\u202f?`,
  goodbye: 'Au revoir, et à bientôt\u202f!',
};
