/** Asking "do I have enough … for / to …", "ai-je assez … pour …" (a few words apart): folded words. */
const ENOUGH_FOR = /\b(?:(?:ai[\s-]*je|j'?\s?ai|est[\s-]*ce que j'?\s?ai|me reste[\s-]*t[\s-]*il) (?:assez|suffisamment)|do i have enough|have i got enough|is there enough)(?:\s+\S+){0,5}?\s+(?:pour|to|for)\b/;
/** Where to look or what to compare with. */
const NAMES_ACCOUNT_OR_SUM = /\d|\b(?:accounts?|savings|checking|current|bank|balance|compte|comptes|cpt|livret|solde)\b/;

/**
 * "Enough money to go on holiday" asks for a judgement on the customer's money: advice, which the assistant
 * does not give. With an account or a sum named ("enough on my account to pay the 900 € rent") it is a
 * balance check: the customer wants the balance, to compare it with the figure herself.
 */
export function enoughForReading(folded: string): 'advice' | 'balance' | undefined {
  if (!ENOUGH_FOR.test(folded)) return undefined;
  return NAMES_ACCOUNT_OR_SUM.test(folded) ? 'balance' : 'advice';
}
