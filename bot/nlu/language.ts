import { words } from './text/normalize';
import type { Language } from './types';

/**
 * Words that give a chat message away as French or English, folded, including chat spellings ("g", "jai",
 * "stp", "whats", "pls"). Words common to both (a, me, on, ok, transport…) are left out on purpose.
 */
const MARKERS: Readonly<Record<Language, ReadonlySet<string>>> = {
  fr: new Set(('je j jai g mon ma mes le la les du des de combien sur quel quelle quels quelles est c cest ai '
    + 'dans pour avec depuis hier mois dernier derniere semaine annee compte livret epargne depenses '
    + 'depense solde reste il moi bonjour salut coucou merci aide annuler voir plus ou quand colis '
    + 'commande livraison recu ticket achats achat stp svp ca oui non pas une un et au aux chez qui que '
    + 'quoi pourquoi comment peux veux voudrais parler conseiller lier delier donnees ton tu vous nous '
    + 'sont etait dit ya argent courant carte virement recus lundi aujourd hui ajd bcp beaucoup trop '
    + 'tout toutes tous arrive arrivee livre suivi facture courses faire fais suis sous thune fric active activer '
    + 'desactive desactiver alertes notifs previens coupe cpt svp combien moins sem derniers dernieres').split(' ')),
  en: new Set(('i my the how what whats much many did do does is are was in at for from since last this week '
    + 'month year yesterday today balance account savings spent spend spending show more hi hello hey '
    + 'thanks thank help cancel where when order package parcel receipt transactions purchases talk '
    + 'person human link unlink please pls you can with to of and have has left money got get im its it '
    + 'there any all your need want see check tell give checking current card blow blew bought buy paid '
    + 'payment delivered delivery arriving shipped stuff bucks wheres hows ive youre bye '
    + 'privacy data agent someone real nope yes yeah nah thx ty cheers be will would '
    + 'could').split(' ')),
};

/** What, besides its own words, tells the language of a message. */
export interface LanguageContext {
  /** The language the conversation has been held in so far. */
  conversationLanguage?: Language;
  /** The linked customer's locale in the bank's records ("fr-FR"): the prior. */
  customerLocale?: string;
  /** `activity.locale`, the channel's guess: the weakest hint. */
  channelLocale?: string;
}

/** The customer's locale weighs as half a word: it tips a near tie, never a clear message. */
const PRIOR_WEIGHT = 0.5;

/**
 * Words both French and English customers type as they are: commands, greetings, loan words. "stop",
 * "help" or "link" alone says nothing about the customer's language.
 */
const LOAN_WORDS: ReadonlySet<string> = new Set(['stop', 'help', 'cancel', 'link', 'ok', 'okay', 'cool', 'top', 'super']);

/** Whether the message's own words say its language (so that it should become the conversation's). */
export function showsLanguage(folded: string): boolean {
  return detectLanguage(folded, 'fr') === detectLanguage(folded, 'en');
}

/**
 * The language to read and answer a message in. A message with clear evidence (its words lean one way by at
 * least one word, the customer's locale counting as half a word) decides; an ambiguous one ("ok", "stop",
 * a code, a shop name) keeps the conversation's language, else the customer's locale, else the channel's,
 * else French, the bank's home language. Dialogs call it with what they know of the conversation.
 */
export function chooseLanguage(folded: string, context: LanguageContext = {}): Language {
  const prior = languageOfLocale(context.customerLocale);
  const lean = frenchLean(folded) + (prior === 'fr' ? PRIOR_WEIGHT : prior === 'en' ? -PRIOR_WEIGHT : 0);
  if (lean >= 1) return 'fr';
  if (lean <= -1) return 'en';
  return context.conversationLanguage ?? prior ?? languageOfLocale(context.channelLocale) ?? 'fr';
}

/** French marker words minus English ones. */
function frenchLean(folded: string): number {
  let lean = 0;
  for (const word of words(folded)) {
    if (LOAN_WORDS.has(word)) continue;
    if (MARKERS.fr.has(word)) lean += 1;
    if (MARKERS.en.has(word)) lean -= 1;
  }
  return lean;
}

/** The language of a message with only the channel's locale to go by (see `chooseLanguage`). */
export function detectLanguage(folded: string, localeHint?: string): Language {
  return chooseLanguage(folded, { channelLocale: localeHint });
}

function languageOfLocale(locale: string | undefined): Language | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return prefix === 'fr' || prefix === 'en' ? prefix : undefined;
}
