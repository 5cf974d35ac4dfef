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
    + 'tout toutes tous arrive arrivee livre suivi facture courses faire fais suis sous thune fric').split(' ')),
  en: new Set(('i my the how what whats much many did do does is are was in at for from since last this week '
    + 'month year yesterday today balance account savings spent spend spending show more hi hello hey '
    + 'thanks thank help cancel where when order package parcel receipt transactions purchases talk '
    + 'person human link unlink please pls you can with to of and have has left money got get im its it '
    + 'there any all your need want see check tell give checking current card blow blew bought buy paid '
    + 'payment delivered delivery arriving shipped stuff bucks wheres hows ive youre bye stop '
    + 'notifications privacy data agent someone real nope yes yeah nah thx ty cheers be will would '
    + 'could').split(' ')),
};

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
 * The language of a message: its own words decide; a short or ambiguous message ("ok", "Fnac") falls back
 * to the channel's locale hint, then to French, the bank's home language.
 */
export function detectLanguage(folded: string, localeHint?: string): Language {
  let french = 0;
  let english = 0;
  for (const word of words(folded)) {
    if (LOAN_WORDS.has(word)) continue;
    if (MARKERS.fr.has(word)) french += 1;
    if (MARKERS.en.has(word)) english += 1;
  }
  if (french > english) return 'fr';
  if (english > french) return 'en';
  return languageOfLocale(localeHint) ?? 'fr';
}

function languageOfLocale(locale: string | undefined): Language | undefined {
  const prefix = locale?.slice(0, 2).toLowerCase();
  return prefix === 'fr' || prefix === 'en' ? prefix : undefined;
}
