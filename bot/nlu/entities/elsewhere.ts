/**
 * Requests the assistant cannot serve but must not shrug off: a lost or stolen card, or the wallet it was in (the customer needs
 * the 24/7 blocking number now), and what only the bank's app or website does (transfers, payments,
 * card settings). Folded phrases; they take precedence over the intent, because "fais un virement"
 * reads like a question about transfers and "ma carte a été volée" like one about the card's balance.
 */
export type Elsewhere = 'lostCard' | 'bankApp';

const CARD = /\b(?:carte|cartes|cb|card|cards|visa|mastercard|wallet|purse|portefeuille|porte monnaie|porte feuille)\b/;
const LOST = new RegExp('\\b(?:perdu|perdue|vole|volee|volees|voler|egare|egaree|opposition|faire opposition|'
  + 'bloquer|bloque|bloquez|lost|lose|stolen|stole|missing|block|freeze)\\b');
const TRANSFER_OR_PAYMENT = new RegExp('\\b(?:(?:faire|fais|faites|effectuer|effectue|programmer|make|do|set up)\\s+'
  + '(?:un |une |a |le |la )?(?:virement|transfer|payment|paiement)|(?:virer|vire|envoyer|envoie|transfer|send|wire)\\s+'
  + '(?:\\d|de l argent|l argent|des sous|money|some money))');
/** "pay my bill" asks for a payment only as a request: "did I pay my rent?" is a question about the past. */
const PAY_REQUEST = new RegExp('(?:^|\\b(?:je veux|je voudrais|peux tu|pouvez vous|i want to|i d like to|can you|could you|please)\\s+)'
  + '(?:paie|payer|regle|regler|pay)\\s+(?:ma|mon|une|un|my|a|the)\\s+(?:facture|loyer|bill|rent|invoice)');
const CARD_SETTINGS = new RegExp('\\b(?:plafond|plafonds|limite|limit|code pin|code secret|pin|sans contact|contactless|'
  + 'activer|desactiver|activate|deactivate|augmenter|augmente|increase|raise|change)\\b');

export function findElsewhere(folded: string): Elsewhere[] {
  const aboutCard = CARD.test(folded);
  if (aboutCard && LOST.test(folded)) return ['lostCard'];
  if (TRANSFER_OR_PAYMENT.test(folded) || PAY_REQUEST.test(folded)) return ['bankApp'];
  if (aboutCard && CARD_SETTINGS.test(folded)) return ['bankApp'];
  return [];
}
