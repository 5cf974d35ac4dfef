import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Periods the third outside tester found misread: feasts as a start, quarters, Québec's "fin de semaine", a
 * filler inside "since …", a part of a month. Camille (fr) and James (en) on the demo bank; every figure
 * checked against SQL (spending: negative amounts not between own accounts, pending included, Paris days).
 */
describe('feasts, quarters, Québec weekends and parts of a month', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
  });
  const fr = () => chatAs(bot, 'c1', { userId: 'fr' });
  const en = () => chatAs(bot, 'c2', { userId: 'en', locale: 'en-GB' });

  it('"since" a feast starts on its latest day: Easter Sunday 2026, Christmas Day 2025, Bonfire Night, New Year, 1 November', async () => {
    const camille = await fr();
    expect(await camille.texts("combien j'ai dépensé depuis Pâques")).toEqual([
      `Du 5 avril au 29 novembre${S}: 16${N}484,48${S}€ dépensés en 182 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    expect(await camille.texts("combien j'ai dépensé depuis Noël dernier")).toEqual([
      `Du 25 décembre 2025 au 29 novembre 2026${S}: 24${N}120,67${S}€ dépensés en 252 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    expect(await camille.texts("combien j'ai dépensé depuis le 14 juillet")).toEqual([
      `Du 14 juillet au 29 novembre${S}: 9${N}598,85${S}€ dépensés en 104 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    // The day of the Toussaint, not the school holidays "à la Toussaint" is.
    expect(await camille.texts("combien j'ai dépensé depuis la Toussaint")).toEqual([
      `Du 1er au 29 novembre${S}: 3${N}168,19${S}€ dépensés en 26 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    const james = await en();
    expect(await james.texts('💷 how much have i spent since easter')).toEqual([
      'From 5 April to 29 November: €16,049.46 spent in 193 payments, of which €7.45 pending (excluding transfers between your accounts).']);
    expect(await james.texts('how much have i spent since christmas')).toEqual([
      'From 25 December 2025 to 29 November 2026: €24,253.79 spent in 274 payments, of which €7.45 pending (excluding transfers between your accounts).']);
    expect(await james.texts('how much have i spent since bonfire night')).toEqual([
      'From 5 to 29 November: €1,254.42 spent in 27 payments, of which €7.45 pending (excluding transfers between your accounts).']);
    expect(await james.texts("how much have i spent since new year's")).toEqual([
      'From 1 January to 29 November: €24,150.12 spent in 272 payments, of which €7.45 pending (excluding transfers between your accounts).']);
  });

  it('Easter as a time: Sunday and Monday in French, Good Friday to Easter Monday in English; its school holidays stay asked for', async () => {
    const camille = await fr();
    expect(await camille.texts("combien j'ai dépensé à Pâques")).toEqual([
      `Du 5 au 6 avril${S}: 389,44${S}€ dépensés en 4 paiements (hors virements entre vos comptes).`]);
    const james = await en();
    expect(await james.texts('how much did i spend at easter')).toEqual(['From 3 to 6 April: €22.51 spent in 3 payments (excluding transfers between your accounts).']);
    expect(await james.texts('what did i spend during the easter holidays')).toEqual([
      'I can’t tell which dates those holidays cover (they change by school and year): tell me the dates, for example “from 4 to 19 April”.']);
  });

  it('calendar quarters: the last one is July to September, this one runs from 1 October', async () => {
    const camille = await fr();
    expect(await camille.texts("combien j'ai dépensé le trimestre dernier")).toEqual([
      `Du 1er juillet au 30 septembre${S}: 6${N}272,05${S}€ dépensés en 69 paiements (hors virements entre vos comptes).`]);
    expect((await camille.texts('mes dépenses du trimestre dernier'))[0]).toMatch(new RegExp(
      `^Vos opérations du 1er juillet au 30 septembre, hors virements entre vos comptes \\(1 à 10 sur 69\\)${S}:\n• 25 sept\\. · Monoprix · -33,21${S}€\n`));
    expect(await camille.texts("combien j'ai dépensé au premier trimestre")).toEqual([
      `Du 1er janvier au 31 mars${S}: 6${N}289,93${S}€ dépensés en 66 paiements (hors virements entre vos comptes).`]);
    expect(await camille.texts("combien j'ai dépensé ce trimestre")).toEqual([
      `Du 1er octobre au 29 novembre${S}: 5${N}046,93${S}€ dépensés en 49 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    const james = await en();
    expect(await james.texts('how much did i spend last quarter')).toEqual([
      'From 1 July to 30 September: €6,206.95 spent in 73 payments (excluding transfers between your accounts).']);
    expect(await james.texts('how much did i spend in Q3')).toEqual([
      'From 1 July to 30 September: €6,206.95 spent in 73 payments (excluding transfers between your accounts).']);
    expect(await james.texts('how much did i spend this quarter')).toEqual([
      'From 1 October to 29 November: €5,006.00 spent in 54 payments, of which €7.45 pending (excluding transfers between your accounts).']);
  });

  it('a part of a month is one answer: a week, a half', async () => {
    const camille = await fr();
    expect(await camille.texts("combien j'ai dépensé la première quinzaine de novembre")).toEqual([
      `Du 1er au 15 novembre${S}: 1${N}639,21${S}€ dépensés en 11 paiements (hors virements entre vos comptes).`]);
    expect(await camille.texts("combien j'ai dépensé la première semaine d'octobre")).toEqual([
      `Du 1er au 7 octobre${S}: 1${N}494,00${S}€ dépensés en 8 paiements (hors virements entre vos comptes).`]);
    const james = await en();
    expect(await james.texts('how much did i spend in the first week of October')).toEqual([
      'From 1 to 7 October: €1,527.99 spent in 7 payments (excluding transfers between your accounts).']);
    expect(await james.texts('how much did i spend in the first half of november')).toEqual([
      'From 1 to 15 November: €2,019.25 spent in 15 payments (excluding transfers between your accounts).']);
  });

  describe('on Wednesday 2 December, as the tester asked', () => {
    beforeEach(() => bot.clock.set('2026-12-02T02:20:00+01:00'));

    it('"la fin de semaine passée" and "en fin de semaine" are Saturday 28 and Sunday 29 November, not the week', async () => {
      const camille = await fr();
      const weekend = `Du 28 au 29 novembre${S}: 211,81${S}€ dépensés en 4 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`;
      expect(await camille.texts("combien j'ai dépensé la fin de semaine passée")).toEqual([weekend]);
      expect(await camille.texts("combien j'ai dépensé en fin de semaine")).toEqual([weekend]);
    });

    it('"since like the start of november" runs to today, the filler read through', async () => {
      const camille = await fr();
      expect(await camille.texts("combien j'ai claqué chez carrefour euh depuis genre début novembre")).toEqual([
        `Chez Carrefour, du 1er novembre au 2 décembre${S}: 311,49${S}€ dépensés en 4 paiements.`]);
      const james = await en();
      expect(await james.texts('how much did i spend at tesco since like the start of november')).toEqual([
        'At Tesco, from 1 November to 2 December: €214.58 spent in 4 payments.']);
    });

    it('"the last week of november" is its last seven days, answered once', async () => {
      const camille = await fr();
      expect(await camille.texts("combien j'ai dépensé la dernière semaine de novembre")).toEqual([
        `Du 24 au 30 novembre${S}: 1${N}183,94${S}€ dépensés en 8 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
      const james = await en();
      expect(await james.texts('how much did i spend in the last week of november')).toEqual([
        'From 24 to 30 November: €424.87 spent in 8 payments, of which €7.45 pending (excluding transfers between your accounts).']);
      expect(await james.texts('how much did i spend last quarter')).toEqual([
        'From 1 July to 30 September: €6,206.95 spent in 73 payments (excluding transfers between your accounts).']);
    });
  });
});
