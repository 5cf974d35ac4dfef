import type { link as english } from '../en/link';

/** Lier une conversation à un client. */
export const link: typeof english = {
  needLink: 'D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.',
  linkExpired: 'Votre liaison a expiré (elle dure 180 jours, pour votre sécurité). Demandez un nouveau code à votre banque et envoyez « lier » suivi du code.',
  askLinkCode: 'Quel est votre code de liaison ? Il compte 8 caractères.',
  linked: (name: string) => `C’est fait, cette conversation est liée. Bienvenue, ${name} ! Que voulez-vous consulter ?`,
  linkInvalid: (attemptsLeft: number) =>
    `Ce code n’est pas valide ou a expiré. Encore ${attemptsLeft} essai${attemptsLeft > 1 ? 's' : ''} avant une pause.`,
  linkLocked: (minutes: number) =>
    `Trop de codes erronés. Pour votre sécurité, la liaison est suspendue ${minutes} min. Réessayez plus tard.`,
  linkSlowed: 'La liaison est suspendue un instant, pour la sécurité de tous. Réessayez dans une minute, votre code reste valable.',
  unlinked: 'Cette conversation n’est plus liée à votre compte. Envoyez « lier » avec un nouveau code pour la lier à nouveau.',
  notLinked: 'Cette conversation n’est liée à aucun compte.',
};
