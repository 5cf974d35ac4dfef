import { stemmerFor, type Stem } from '../classifier/stemmer';
import { editDistance } from '../text/editDistance';
import { words } from '../text/normalize';
import type { Language } from '../types';

/**
 * Words that name what our answers show: money and accounts, cards, payments and purchases, pay, receipts,
 * orders and parcels, bills and subscriptions, the spending's categories, an amount ("how much", "combien":
 * "how much at pret a manger" names a shop the customer may never have used). A data question almost always says
 * one of them ("am I in the red", "where's my stuff" are the exceptions the scope model still answers); a
 * request read through one familiar word of a data question ("when did camus die": "when did", "current
 * date": "current") says none. A short word's usual slips are listed ("oder"), since only long ones are forgiven one.
 */
const ANCHORS: Readonly<Record<Language, string>> = {
  en: `money cash funds fund balance balances account accounts acct accts savings saving saved checking isa isas
    card cards visa mastercard amex debit debits credit bank overdraft overdrawn
    spend spending spent spends expenditure expenditures expense expenses outgoings outgoing
    pay paid paying payment payments purchase purchases purchased bought buy buying cost costs costing charge charges charged
    transaction transactions txn txns transfer transfers transferred withdrawal withdrawals withdrew deposit deposits deposited
    income salary salaries wage wages paycheck paycheque payday earned earnings refund refunds refunded
    receipt receipts invoice invoices bill bills order orders ordered parcel parcels package packages
    delivery deliveries delivered deliver shipped shipping shipment dispatched dispatch tracking track courier
    subscription subscriptions subscribed recurring standing membership memberships upcoming due scheduled owe owed
    statement dollars pounds euros quid bucks total totals budget debt debts breakdown category categories
    groceries restaurants takeaway takeaways much finances overspend overspent overspending splurge splurged splurging
    dd cc subs negative broke rich wealthy stash reserves kitty readies bonus sum items goods basket baskets tab tabs petrol rent insurance
    oder ordr odrer`,
  fr: `argent sous fric thune thunes solde soldes compte comptes cpt livret livrets epargne economies carte cartes cb visa
    banque decouvert depense depenses depenser paye payee payer paie paiement paiements achat achats achete acheter
    coute coutent cout couts prelevement prelevements preleve prelevee operation operations transaction transactions
    mouvement mouvements virement virements retrait retraits depot depots revenu revenus salaire salaires gagne touche
    remboursement remboursements rembourse recu recus ticket tickets facture factures commande commandes colis
    livraison livraisons livre livree expedie expediee suivi paquet paquets abonnement abonnements abonne recurrent
    recurrents echeance echeances debit debits credit credits releve euros total budget dette dettes frais charges
    repartition categorie categories courses restos resto combien montant sommes prix tva justificatif facturette
    cde prlv abos negatif fauche claque flambe debourse articles livreur envoi essence loisirs shopping assurance`,
};

/**
 * Below this length a word must be spelt right to count ("bil" is no "bill"); from it, one slipped letter is
 * forgiven ("transactionss", "depences"), never two: "parents" is two letters from "payments".
 */
const SHORTEST_MISSPELT = 5;

interface Lexicon {
  stem: Stem;
  stems: ReadonlySet<string>;
  /** The words themselves, to forgive a typo in a long one ("transactionss", "depences"). */
  long: readonly string[];
}

const LEXICONS = new Map<Language, Lexicon>();

function lexicon(language: Language): Lexicon {
  let found = LEXICONS.get(language);
  if (found === undefined) {
    const stem = stemmerFor(language);
    const anchors = ANCHORS[language].split(/\s+/).filter((word) => word.length > 0);
    found = { stem, stems: new Set(anchors.map(stem)), long: anchors.filter((word) => word.length >= SHORTEST_MISSPELT) };
    LEXICONS.set(language, found);
  }
  return found;
}

/** Whether the words (as the classifier reads them) name money, an account, a card, a purchase, an order… */
export function namesData(folded: string, language: Language): boolean {
  const { stem, stems, long } = lexicon(language);
  return words(folded).some((word) => stems.has(stem(word))
    || (word.length >= SHORTEST_MISSPELT && long.some((anchor) => Math.abs(anchor.length - word.length) <= 1 && editDistance(word, anchor) <= 1)));
}
