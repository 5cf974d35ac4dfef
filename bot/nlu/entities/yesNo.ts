/**
 * A short answer to a yes/no question of the bot ("voulez-vous un conseiller ?", "erase what I keep?"):
 * the whole message is a yes or a no, with at most a "merci"/"please" around it. Only the whole message
 * counts, so that "non, en novembre" stays a correction and "ok pour le livret A ?" a question.
 */
const YES = [
  'oui', 'ouais', 'ouai', 'oui oui', 'yes', 'yeah', 'yep', 'yup', 'ya', 'y', 'o', 'ok', 'okay', 'okey', 'oki', 'k',
  "d'accord", 'daccord', "d'acc", 'dac', 'entendu', 'volontiers', 'avec plaisir', 'bien sur', 'carrement',
  'je veux bien', 'vas-y', 'vas y', 'allez-y', 'allez y', 'go', "c'est parti", 'tout a fait', 'exactement',
  'absolument', 'oui bien sur', 'oui svp', "oui s'il vous plait", "oui s'il te plait", 'sure', 'of course',
  'certainly', 'absolutely', 'please', 'yes please', 'please do', 'go ahead', 'do it', 'alright', 'all right',
  'fine', 'right', 'correct', "that's right", 'why not', 'pourquoi pas', 'parfait', 'super', 'top', 'oui merci',
];
const NO = [
  'non', 'nan', 'nope', 'no', 'n', 'non merci', 'no thanks', 'no thank you', 'nah', 'pas maintenant', 'not now',
  'pas la peine', 'pas besoin', 'no need', 'surtout pas', 'certainement pas', 'jamais', 'never', 'not really',
  'pas vraiment', 'ca ira', 'ca va aller', "i'm fine", 'im fine', "i'm good", 'im good', 'no way', 'non non',
  "c'est bon merci", 'rien', 'nothing', 'rien merci', 'nothing else', 'rien d autre', "rien d'autre", 'that s all', "that's all",
  "c'est tout", "c'est tout merci", 'cest tout',
];
const POLITE = /(?:^|\s)(?:merci|thanks|thank you|svp|stp|please)$/;

type Answer = 'yes' | 'no';
const ANSWERS = new Map<string, Answer>([...YES.map((w) => [w, 'yes'] as const), ...NO.map((w) => [w, 'no'] as const)]);

export function findYesNo(folded: string): Answer[] {
  const bare = folded.replace(/[.!?,;:\u202f\u00a0]+/g, ' ').replace(/\s+/g, ' ').trim();
  const answer = ANSWERS.get(bare) ?? ANSWERS.get(bare.replace(POLITE, '').trim());
  return answer ? [answer] : [];
}
