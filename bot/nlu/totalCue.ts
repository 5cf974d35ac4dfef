/**
 * Words that ask for a total and nothing else, once the shop's name and the period are taken out:
 * "how much", "combien", "total", "en tout", with the prepositions and fillers left behind ("how much at", "—").
 */
const TOTAL_ONLY = new RegExp(String.raw`^[^a-z0-9]*(?:(?:how much|combien|total|totale|au total|in total|en tout|altogether|so far|`
  + String.raw`jusqu'?\s?ici|jusqu'?\s?a present|then|alors|du coup|et|and|so|ok|please|pls|stp|svp|`
  + String.raw`at|in|on|for|from|chez|a|au|aux|en|pour|de|d'|du|des|sur|was|is|it|that|ca|c'?\s?est|ca fait|makes)(?![a-z])[^a-z0-9]*)+$`);

/**
 * "not tesco, sainsburys — how much", "total amazon depuis janvier", "combien depuis septembre": a bare
 * "how much" with a shop or a period named asks for the spending there or then (what every total counts).
 * Read alone, "how much" is a near tie of income, balance and none for the classifier, since its corpus
 * lines all say more; with nothing else in the wanted words there is nothing else to read. Without a shop
 * or a period ("combien ?") it stays the classifier's.
 */
export function asksTotalOnly(wanted: string, namedCount: number): boolean {
  return namedCount > 0 && /[a-z]/.test(wanted) && TOTAL_ONLY.test(wanted.trim());
}
