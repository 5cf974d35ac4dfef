import type { RecognizedEntities } from '../types';

type NotificationRequest = NonNullable<RecognizedEntities['notification']>[number];

/**
 * Folded words that switch updates off; looked for first ("stop alerting me" is off, not on). "plus de" and
 * "no more" before a number are an amount ("mes dépenses de plus de 100 €"), not "no more alerts".
 */
const OFF = new RegExp('\\b(?:turn off|switch off|turn them off|disable|deactivate|stop|mute|unsubscribe|no more(?! than)|'
  + 'desactive[rz]?|desactivez|coupe[rz]?|arrete[rz]?|stoppe[rz]?|plus de(?!\\s*\\d)|ne plus|desabonne[rz]?|supprime[rz]?)\\b');
const ON = new RegExp('\\b(?:turn on|switch on|turn them on|enable|activate|subscribe|i want|send me|notify me|alert me|'
  + 'warn me|tell me when|let me know|keep me posted|keep me updated|ping me|inform me|active[rz]?|activez|abonne[rz]?|je veux|envoie|'
  + 'previens|previenez|preveni[rz]|prevene[rz]|avertis(?:sez)?|avertir|tiens[- ]moi au courant|tenez[- ]moi au courant|notifie|'
  + 'alerte[- ]moi|alertez[- ]moi|alerter|dis[- ]moi quand|mets|remets|'
  // Switching back on what was off: "réactive les notifs", "turn notifications back on".
  + 'reactive[rz]?|reactivez|reactiver|remettre|rallume[rz]?|(?:turn|switch|put|set)\\b.*\\bback on|back on)\\b');

/** Alerts about payments that look wrong: named before anything else, as they also say "payments". */
const UNUSUAL = /\b(?:unusual|suspicious|strange|odd|weird|inhabituel(?:le)?s?|suspects?|bizarres?|anorma(?:l|ux|les?))\b/;
const DELIVERIES = /\b(?:deliver(?:y|ies)?|parcels?|packages?|shipping|colis|livraisons?|suivi de livraison|commandes?)\b/;
const LOW_BALANCE = new RegExp('\\b(?:low.balance|balance (?:goes |falls |drops |gets )?(?:below|under)|below|under|'
  + 'solde bas|solde (?:passe |descend |tombe )?(?:sous|en dessous)|sous|en dessous|moins de|less than|overdrawn|decouvert)\\b');
/** Names a low-balance alert on its own, without a verb (the quick reply). */
const NAMED_LOW_BALANCE = /\b(?:low.balance|solde bas)\b/;
const TRANSACTIONS = new RegExp('\\b(?:transactions?|payments?|paiements?|operations?|money|argent|spending|depenses?|'
  + 'achats?|virements?|salaire|salary|card|carte|debits?|credits?)\\b');

/**
 * A Notifications request: on or off, and about what. Only a message that says on or off carries the
 * entity; "notifications" alone does not (the dialog then shows the current settings). A low-balance
 * alert named without a verb ("low-balance alert") is a request for one.
 */
export function findNotification(folded: string): NotificationRequest[] {
  const topic = topicOf(folded);
  const action = OFF.test(folded) ? 'off' : ON.test(folded) || NAMED_LOW_BALANCE.test(folded) ? 'on' : null;
  if (!action) return [];
  return [{ action, topic }];
}

function topicOf(folded: string): NotificationRequest['topic'] {
  if (UNUSUAL.test(folded)) return 'unusual';
  if (DELIVERIES.test(folded)) return 'deliveries';
  if (LOW_BALANCE.test(folded)) return 'lowBalance';
  if (TRANSACTIONS.test(folded)) return 'transactions';
  return 'all';
}
