import { anyOf, type KindCues } from './kinds';

/** Someone asking how to, or wanting to, do something (folded, apostrophes read as spaces: "j aimerais"). */
const WANTING = String.raw`(?:comment (?:je |on |j )?(?:peux |puis je |peut on |dois je |faire pour |je fais pour |on fait pour |fait on pour |faut il )?|je (?:veux|voudrais|souhaite|souhaiterais|dois|peux|vais|cherche a|n arrive pas a|narrive pas a|arrive pas a)|j (?:aimerais|voudrais|veux|ai besoin de|ai besoin d)|j aimerai|puis je|peut on|est ce que je peux|est ce qu on peut|est il possible de|c est possible de|possible de|faut il|il faut|aide moi a|besoin de|pour)`;
/** Banking operations the assistant does not carry out (infinitives). */
const OPERATION = String.raw`(?:ouvrir|fermer|cloturer|commander|activer|reactiver|debloquer|bloquer|virer|transferer|envoyer|recevoir de l argent|retirer|deposer|encaisser|payer (?:mon|ma|mes|le|la|les|un|une|en)|regler|souscrire|utiliser|ajouter|augmenter|baisser|diminuer|signaler|declarer|faire opposition|opposer|contester|annuler|remplacer|renouveler|demander|obtenir (?:un|une)|reinitialiser|parler|contacter|joindre|emprunter|placer|epargner|investir|resilier|supprimer|desactiver|mettre en place|programmer|prendre (?:un )?(?:rendez|rdv)|faire (?:un|une) (?:virement|cheque|depot|retrait|cheque|pret|credit|reclamation)|emettre|alimenter|crediter|approvisionner|recharger|convertir|echanger|rembourser|etaler|reporter|decaler|modifier|changer|debiter|creer|fixer|relever)`;

/**
 * French cues of each kind, over the message's folded words. None fires on an in-scope phrase of the corpus,
 * its templates or the held-out phrases (`tests/bot/nlu/outOfScopeGate.test.ts`), which is why some are
 * narrower than the kind: "mes soldes" are balances, "le virement de Paul est passé ?" a transaction.
 */
export const FRENCH_CUES: KindCues = {
  action: anyOf(
    // Not "combien je peux utiliser": how much is left to spend, a balance.
    String.raw`\b(?!(?<=combien )(?:je peux|puis je|on peut) (?:encore )?utiliser\b)${WANTING} ?(?:\w+ )?${OPERATION}\b`,
    // An order given outright ("vire 50 € à Paul"); not "envoie-moi mon relevé".
    String.raw`^(?:stp |svp |merci de )?(?:vire|virez|transfere|paie|paye|payez|regle|reglez|ouvre|ouvrez|ferme|fermez|active|activez|desactive|augmente|augmentez|baisse|baissez|bloque|debloque|debloquez|recharge|alimente|renouvelle|remplace|reserve|appelle|programme|planifie|retire|depose|encaisse|souscris|resilie|ajoute|enleve|mets|met|passe|fais un|fais une)\b`,
    String.raw`\b(?:je veux|je voudrais|j aimerais|il faut) (?:que (?:ca|ce soit|le colis|la commande|mon colis|ma commande) )?(?:etre )?(?:livre|livree|envoye|expedie)\w* (?:a|au|chez|avant|pour|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b`,
    String.raw`\b(?:passe(?:r)? pas|ne passe pas)\b`,
    String.raw`\b(?:via|par) (?:ici|toi|vous|l appli|l application)\W*$`,
  ),
  feesAndRates: anyOf(
    String.raw`\b(?:taux|taeg|apr|interets?|agios|tarifs?|commissions?|cotisations?|score|plafonds?|decouvert autorise|rapporte|rapportent|conges|points fidelite)\b`,
    // Balances that are no money: loyalty points, miles, days off ("combien de RTT il me reste").
    String.raw`\b(?:(?:mes|des|les|de|en) (?:points|miles)|rtt|jours? de (?:conges|vacances|repos))\b`,
    // The bank's charges; "mes frais" and "les frais bancaires ce mois-ci" are the customer's transactions.
    String.raw`\bfrais (?:de (?:tenue|retrait|virement|change|dossier|carte|gestion)|d envoi|a l etranger|pour)\b`,
    // Not "ma commande m'a coûté combien": what the customer paid.
    String.raw`\b(?:combien (?:coute|coutent|ca coute|ca me coute|me coute)|(?:ca|ce) coute combien|(?<!\bm a )coute combien|prix (?:d une|d un|de la|du))\b`,
    // A utility bill's amount; when it falls due is an upcoming payment, ours with the biller known (`billDue.ts`).
    String.raw`^(?!.*\b(?:quand|echeance|tombe|tomber|date)\b).*\bfacture (?:d eau|de gaz|d electricite|de telephone|de portable|edf|internet|de box)\b`,
  ),
  dispute: anyOf(
    String.raw`\b(?:(?:debite|preleve|facture|paye|compte|passe)\w* (?:deux|2|trois|3|plusieurs) fois|en double|doublon|deux fois le meme)\b`,
    String.raw`\bdoubles? (?:prelevements?|debits?|paiements?|facturations?|retraits?)\b`,
    String.raw`\b(?:(?:pas|jamais) (?:fait|effectue|autorise|commande|achete)\w*|(?:ne |n )?reconnais pas)\b`,
    // "étrange", not "à l'étranger" ("combien j'ai viré à l'étranger" is a transaction).
    String.raw`\b(?:inconnu\w*|bizarre\w*|etrange(?!r)\w*|suspect\w*|fraud\w*|arnaque\w*|pirat\w*|escroquerie|litige|reclamation|erreur)\b`,
    String.raw`\b(?:refuse\w*|rejete\w*|echoue\w*|marche (?:pas|plus)|fonctionne (?:pas|plus)|en attente)\b`,
    String.raw`\b(?:(?:apparait|figure|affiche|vois|voit|trouve) (?:pas|toujours pas|nulle part|plus)|n apparait|a pas bouge|n a pas bouge|bouge pas|pas sur mon (?:solde|compte|releve))\b`,
    String.raw`\b(?:mauvais montant|faux|fausse|errone\w*|incorrect\w*)\b`,
    String.raw`\bpourquoi (?:j ai ete|on m a|ai je ete|je suis|est ce que j ai ete|ma banque m a) (?:\w+ )?(?:debite|preleve|facture)\b`,
    String.raw`\bpourquoi (?:ce|cette|un|une|des) (?:debit|prelevement|frais|commission)s?\b`,
  ),
  cardOrCredentials: anyOf(
    String.raw`\b(?:code (?:secret|pin|confidentiel|de (?:la )?carte)|pin|mot de passe|mdp|identifiant|identifiants|cryptogramme|cvv|opposition)\b`,
    // The card as a thing ("ma carte est cassée"); "mes paiements carte" are ours.
    String.raw`\b(?:nouvelle|perdu|perdue|paume|paumee|egare|egaree|vole|volee|casse|cassee|avale|avalee|activer|commander|renouveler|remplacer|recevoir|bloquer|debloquer) (?:\w+ ){0,2}(?:carte|cb)\b`,
    String.raw`\b(?:carte|cb)(?: \w+){0,3} (?:perdue|volee|cassee|abimee|endommagee|avalee|bloquee|expiree|perimee|arrive|arrivee|partie|expediee|livree|recue|commandee|envoyee|marche|fonctionne|refusee|activee|gardee|retenue|confisquee|prise)\b`,
    String.raw`\b(?:garde|pris|retenu|confisque|avale) ma (?:carte|cb)\b`,
    // The number itself, which an answer masks: "mon numéro de compte".
    String.raw`\bnumero (?:de |du )?(?:compte|carte|client)\b`,
    String.raw`\b(?:iban|rib|bic|swift)\b`,
    // A card or chequebook on its way from the bank, not a parcel: "où en est l'expédition de ma nouvelle CB".
    String.raw`\b(?:envoi|livraison|expedition|suivi) (?:de |d )?(?:ma |la |une |mon |mes )?(?:nouvelle |nouveau )?(?:carte|cb|chequier|cheques)\b`,
  ),
  shopping: anyOf(
    // "commande-moi des piles", not "commande Fnac livrée ?".
    String.raw`^(?:stp |svp )?(?:achete|achetez|commande|commandez|reserve|reservez)(?: moi|-moi)? (?:un|une|des|du|de la|les|moi|tout)\b`,
    String.raw`\b(?:acheter|commander|reserver) (?:un|une|des|du|de la|moi)\b`,
    // Placing an order, not "j'ai passé une commande" (a delivery question).
    String.raw`(?<!ai )\b(?:passe|passer|faire|fais) (?:une |la |ma )?commande\b`,
    String.raw`\b(?:liste de courses|en promo|en stock|code promo|moins cher|meilleur prix|ajoute (?:\w+ ){1,3}(?:au|a mon) panier)\b`,
  ),
  payToCome: anyOf(
    String.raw`\bquand\b(?: \w+){0,4} prochaine? (?:paie|paye|salaire|virement de salaire)\b`,
    // When pay is to come ("quand est-ce que je touche ma paie"); "quand est tombé mon salaire" came.
    String.raw`\bquand\b(?=.*\b(?:paie|paye|salaire)\b)(?=.*\b(?:vais|va|sera|serai|tombera|arrivera|touche|toucherai|toucher|recevrai|recevra|recevoir|aurai|prevue?s?|(?<!est |a |ai )tombe)\b)(?!.*\bderni\w*)`,
    String.raw`\b(?:quel|quelle) (?:jour|date)\b(?: \w+){0,4} (?:paie|paye|salaire|payee)\b`,
    String.raw`\b(?:fiche de paie|fiche de paye|bulletin de (?:paie|salaire)|avis d imposition|feuille d impot)\b`,
    // Money still to arrive ("quand l'argent sera disponible"); "mon remboursement est arrivé ?" came.
    String.raw`\bquand (?:est ce que )?(?:l |mon |ma |le |la |les |mes )?(?:argent|fonds|virement|depot|remboursement|cheque)s? (?:\w+ )?(?:sera|seront|va|vont|arrivera|arriveront|apparaitra|apparaitront|disponibles?)\b`,
  ),
  creditAndLimits: anyOf(
    // A debt to a lender by name: "combien je dois à Cofidis"; "combien je dois sur ma carte" is its balance.
    String.raw`\b(?:je dois|dois je|je leur dois|on doit|reste a (?:payer|rembourser)) (?:encore )?(?:a|au|aux|chez) (?:cofidis|cetelem|sofinco|oney|floa|younited|franfinance|american express|amex|visa|mastercard|paypal|klarna|la banque|ma banque|eux|lui|elle)\b`,
    // What is left to borrow on a card, never its balance.
    // ("le montant disponible sur ma carte" may be a debit card's, the account's balance: ours.)
    String.raw`\b(?:credit disponible|disponible sur ma carte de credit|(?:depenser|utiliser) (?:avec|sur) (?:ma|la) carte de credit)\b`,
    String.raw`\b(?:autorisation de decouvert|decouvert maximum|decouvert max)\b`,
    // An overdraft as a product to get, not being overdrawn ("je suis à découvert" is a balance).
    String.raw`\b(?:avoir|obtenir|accorder|autoriser|proposer|faites|faire) (?:un |une )?(?:decouvert|facilite de caisse)\b`,
  ),
  bankService: anyOf(
    String.raw`\b(?:argent|epargne|compte|comptes|depots?|fonds|economies)\b(?: \w+){0,3} (?:en securite|securise\w*|garanti\w*|protege\w*|assure)\b`,
    String.raw`\b(?:plusieurs|autres|differentes|quelles) devises\b|\bdevises? (?:etrangeres?|acceptees?)\b`,
  ),
  notMoney: anyOf(
    // Counts and quantities that are no money: "combien d'habitants en Chine", "combien de calories dans une pomme".
    String.raw`\bcombien (?:d |de )(?:habitants|calories|kilometres|km|degres|personnes|gens|litres|kilos|grammes|minutes|heures|secondes|annees|pays|etoiles|joueurs|pages|mots|langues)\b`,
    String.raw`\bcombien (?:font|fait) \d`,
    // What a thing is worth: "combien vaut l'or", "la valeur de ma voiture"; "combien il y a sur mon livret" is ours.
    String.raw`\b(?:combien (?:vaut|valent)|valeur de) (?:l |la |le |les |ma |mon |mes )?(?:or|bitcoin|crypto\w*|voiture|appartement|appart|maison|bien|actions?|dollar)\b`,
    // General knowledge and the news: "la capitale de l'Australie", "les actualités du jour".
    String.raw`\b(?:capitale|population|president|guerre|meteo|actualites?|les infos|les nouvelles)\b`,
    String.raw`\b(?:dans|de) (?:ma|mon|la|le) (?:ville|quartier|region|departement)\b`,
  ),
};

/** A salary asked without a period ("combien je gagne") is a pay rate, not the money that came in. */
export const FRENCH_PAY_RATE = anyOf(
  String.raw`\bcombien (?:je gagne|je touche|je suis paye|gagne je|touche je)\b`,
  String.raw`\b(?:quel est|c est quoi) mon (?:salaire|revenu)\b`,
  // Gross, yearly or hourly pay is a rate; the net pay that came in is income.
  String.raw`\b(?:salaire|revenu)s? (?:brut|annuel|horaire)\b`,
);
