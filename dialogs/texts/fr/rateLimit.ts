import type { rateLimit as english } from '../en/rateLimit';

/** Réponse donnée une fois quand trop de messages arrivent en une minute. */
export const rateLimit: typeof english = {
  tooManyMessages: 'Vous m’envoyez des messages plus vite que je ne peux répondre. Attendez une minute, puis reposez votre question.',
};
