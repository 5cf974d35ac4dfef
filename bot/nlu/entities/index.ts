import { classificationText } from '../classificationText';
import { wantedPart } from '../clauses';
import { findPeriods, namesUndatedPeriod, unitBeforeThis, withoutPeriodWords } from '../periods';
import { weekendsWithin } from '../periods/weekendsWithin';
import { asksToChangeReadOnlyData } from '../readOnlyAction';
import { foldText, words } from '../text/normalize';
import type { Language, RecognizeOptions, RecognizedEntities } from '../types';
import { findAccountsLeftOut, findAccountsNamed } from './account';
import { findCardDigits, withCardDigits } from './cardDigits';
import { findAskedWhen } from './askedWhen';
import { findLastPayment } from './lastPayment';
import { findBillers } from './biller';
import { findAlertLevel, findAmounts } from './amount';
import { findCategories, findNarrowerKind } from './category';
import { findDeliveryScope } from './deliveryScope';
import { findParcelQuestion } from './parcelQuestion';
import { findDirection } from './direction';
import { findElsewhere } from './elsewhere';
import { findLinkCode } from './linkCode';
import { findMerchants } from './merchant';
import { findCorrectedMerchant, findNamedMerchant } from './namedMerchant';
import { findOrderMerchant } from './orderMerchant';
import { findNotification } from './notification';
import { findTransactionView } from './transactionView';
import { findPrivacyRequest } from './privacy';
import { findOrderNumbers } from './orderNumber';
import { findReferences } from './reference';
import { findFollowUp, findPeriodShift } from './followUp';
import { findBareAmount } from './bareAmount';
import { findCurrencies, withoutCurrencyWords } from './currency';
import { findYesNo } from './yesNo';
import { findCount } from './count';
import { findOwnQuestion } from './ownQuestion';
import { splitExclusions } from './exclusion';
import { findAveragePer } from './averagePer';

/** Every entity of a folded message; absent entities are left out rather than set to empty arrays. */
export function findEntities(folded: string, language: Language, options: RecognizeOptions): RecognizedEntities {
  const messageWords = words(folded);
  const { vocabulary } = options;
  const linkCode = findLinkCode(folded);
  const notification = findNotification(folded);
  const amount = findAmounts(folded);
  // "hors loyer", "pas chez Carrefour": the left-out shop or category is read apart, never as the filter.
  const { kept, left } = splitExclusions(folded);
  const keptWords = left.length > 0 ? words(kept) : messageWords;
  const leftOut = left.map((phrase) => ({ folded: phrase, words: words(phrase) }));
  const periodShift = findPeriodShift(folded);
  const periodsOf = (text: string) => findPeriods(text, language, options.now, options.timeZone);
  // "pas ce mois-ci, le mois dernier": a period ruled out is no period of the question.
  const periodText = wantedPart(folded, language);
  // "les week-ends du mois dernier": last month is the period, and only its Saturdays and Sundays count.
  const { period: periods, dayKind } = weekendsWithin(periodText, periodsOf(periodText), periodsOf);
  // "combien le mois d'avant" as a first question is last month; after a question, the dialogs move that one's period.
  const backward = periodShift.find((shift) => shift.step < 0);
  const period = periods.length === 0 && backward ? [unitBeforeThis(backward.unit, options.now, options.timeZone)] : periods;
  // A period's own words say no category nor direction: "les vacances de la Toussaint" are no travel, "la rentrée" no income.
  const undatedPeriod: 'holidays'[] = periods.length === 0 && namesUndatedPeriod(folded) ? ['holidays'] : [];
  const periodless = periods.length > 0 || undatedPeriod.length > 0 ? withoutPeriodWords(kept) : kept;
  const transactionView = findTransactionView(folded);
  const settingLowBalanceAlert = notification.some((n) => n.topic === 'lowBalance' && n.action === 'on');
  const notMerchant = vocabulary ? leftOut.flatMap((phrase) => merchantsNamed(phrase.folded, phrase.words, vocabulary.merchants)) : [];
  // "pas carrefour, auchan : combien": the shop meant in place of the one left out, though she never paid there.
  const corrected = notMerchant.length > 0 ? findCorrectedMerchant(folded) : [];
  const merchant = vocabulary ? merchantsNamed(kept, keptWords, vocabulary.merchants, corrected) : [];
  const narrowerKind = findNarrowerKind(kept, merchant.length > 0);
  const named = findCategories(periodless, periodless === kept ? keptWords : words(periodless), vocabulary?.categories);
  // Fuel is bought under transport, whatever word said it ("gas", "gazole"): the narrower kind is read from there.
  const category = named.length === 0 && narrowerKind.includes('fuel') ? ['transport'] : named;
  const found: Omit<RecognizedEntities, 'language'> = {
    period,
    dayKind,
    account: withCardDigits(findAccountsNamed(folded, messageWords, vocabulary), findCardDigits(folded)),
    notAccount: findAccountsLeftOut(folded, messageWords, vocabulary),
    merchant,
    category,
    notMerchant,
    narrowerKind,
    notCategory: leftOut.flatMap((phrase) => findCategories(phrase.folded, phrase.words, vocabulary?.categories)),
    amount: amount.length === 0 && settingLowBalanceAlert ? findAlertLevel(folded) : amount,
    direction: findDirection(periodless === kept ? folded : withoutPeriodWords(folded)),
    undatedPeriod,
    linkCode,
    notification,
    transactionView,
    averagePer: findAveragePer(folded, transactionView[0] === 'average'),
    askedWhen: findAskedWhen(folded),
    lastPayment: findLastPayment(folded),
    privacy: findPrivacyRequest(folded),
    elsewhere: findElsewhere(folded),
    deliveryScope: findDeliveryScope(folded),
    parcelQuestion: findParcelQuestion(folded),
    orderNumber: linkCode.length > 0 ? [] : findOrderNumbers(folded),
    reference: findReferences(folded),
    followUp: findFollowUp(folded),
    periodShift,
    bareAmount: findBareAmount(folded),
    currency: findCurrencies(folded),
    withoutCurrency: withoutCurrencyWords(folded),
    yesNo: findYesNo(folded),
    count: findCount(folded),
    ownQuestion: findOwnQuestion(folded),
    readOnlyAction: findReadOnlyAction(folded, language),
  };
  const present = Object.entries(found).filter(([, values]) => values.length > 0);
  return { language, ...Object.fromEntries(present) };
}

/** The request to change what is only read, as the gate refuses it: in the wanted words (`classificationText`). */
function findReadOnlyAction(folded: string, language: Language): 'change'[] {
  return asksToChangeReadOnlyData(classificationText(folded, language, []), language) ? ['change'] : [];
}

/**
 * The customer's merchants named in the message (or the biller of a bill named by its utility: "ma facture
 * d'eau"), or else a shop they never paid, named as such (after "chez"/"at", or in place of a shop left out); a name
 * that reads as a category ("at restaurants", "chez mcdo") is the category, not a shop.
 */
function merchantsNamed(folded: string, messageWords: readonly string[], merchants: readonly string[], corrected: readonly string[] = []): string[] {
  const known = findMerchants(folded, messageWords, merchants);
  if (known.length > 0) return known;
  const billers = findBillers(folded, messageWords, merchants);
  if (billers.length > 0) return billers;
  const named = findNamedMerchant(folded);
  return (named.length > 0 ? named : corrected.length > 0 ? corrected : findOrderMerchant(folded))
    .filter((name) => findCategories(foldText(name), words(foldText(name))).length === 0);
}
