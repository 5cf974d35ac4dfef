import { chatAs } from '../support/chat';
import { createTestBot, type TestBot } from '../support/testBot';

const N = '\u202f';
const S = '\u00a0';

/**
 * Periods and filters the second outside tester found misread, on Tuesday 1 December 2026 in Paris (the demo
 * bank's movements end on 29 November). Every figure checked against SQL on the demo bank (spending leaves
 * out transfers between own accounts, days in Paris time).
 */
describe('periods and filters read on 1 December', () => {
  let bot: TestBot;
  beforeEach(async () => {
    bot = await createTestBot();
    bot.clock.set('2026-12-01T10:00:00+01:00');
  });
  const fr = (customer = 'c1') => chatAs(bot, customer, { userId: `fr-${customer}` });
  const en = (customer = 'c2') => chatAs(bot, customer, { userId: `en-${customer}`, locale: 'en-GB' });

  it('since a date is one period up to today, the rentrée is 1 September, the same days named twice are one reply', async () => {
    const camille = await fr();
    expect(await camille.texts('combien chez amazon depuis le 1er janvier')).toEqual([`Chez Amazon, du 1er janvier au 1er décembre${S}: 269,68${S}€ dépensés en 2 paiements.`]);
    expect(await camille.texts("combien j'ai dépensé depuis la rentrée")).toEqual([
      `Du 1er septembre au 1er décembre${S}: 7${N}148,36${S}€ dépensés en 71 paiements, dont 162,04${S}€ en attente (hors virements entre vos comptes).`]);
    const james = await en();
    expect(await james.texts('total amazon since january this year')).toEqual(['At Amazon, from 1 January to 1 December: €213.90 spent in 5 payments.']);
    expect(await james.texts('how much at amazon since 1 january')).toEqual(['At Amazon, from 1 January to 1 December: €213.90 spent in 5 payments.']);
  });

  it('"entre le 3 et le 10" with no month is the latest such span passed: 3 to 10 November on 1 December', async () => {
    const camille = await fr();
    expect(await camille.texts('dépenses entre le 3 et le 10')).toEqual([
      `Vos opérations du 3 au 10 novembre, hors virements entre vos comptes (1 à 3 sur 3)${S}:\n• 10 nov. · EDF · -59,98${S}€\n• 8 nov. · Sushi Shop · -26,99${S}€\n• 8 nov. · Netflix · -13,49${S}€`]);
  });

  it('holidays are real periods, their dates said: the Toussaint holidays 2026, Christmas 2025', async () => {
    const lea = await fr('c3');
    expect(await lea.texts("combien j'ai dépensé pendant les vacances de la toussaint")).toEqual([
      `Du 17 octobre au 1er novembre${S}: 264,09${S}€ dépensés en 7 paiements (hors virements entre vos comptes).`]);
    const emily = await en('c4');
    expect(await emily.texts('how much did i spend over christmas')).toEqual(['From 24 to 26 December 2025: €24.23 spent in 2 payments.']);
    const camille = await fr();
    expect(await camille.texts("combien j'ai dépensé pendant les vacances de noël")).toEqual([
      `Du 20 décembre 2025 au 4 janvier 2026${S}: 1${N}542,79${S}€ dépensés en 9 paiements (hors virements entre vos comptes).`]);
    expect(await camille.texts("combien j'ai dépensé à noël")).toEqual([`Du 24 au 26 décembre 2025${S}: 60,53${S}€ dépensés en 1 paiement.`]);
  });

  it('holidays whose dates differ by zone or school are asked for, never replaced by another period', async () => {
    const camille = await fr();
    const asked = `Je ne sais pas à quelles dates correspondent ces vacances (elles changent selon la zone, l’école ou l’année)${S}: donnez-moi les dates, par exemple «${N}du 4 au 19 avril${N}».`;
    expect(await camille.texts("combien j'ai dépensé pendant les vacances de printemps")).toEqual([asked]);
    expect(await camille.texts('mes dépenses pendant les vacances')).toEqual([asked]);
    const james = await en();
    const askedEn = 'I can’t tell which dates those holidays cover (they change by school and year): tell me the dates, for example “from 4 to 19 April”.';
    expect(await james.texts('how much did i spend over half term')).toEqual([askedEn]);
    expect(await james.texts('what did i spend during the easter holidays')).toEqual([askedEn]);
  });

  it('an amount range keeps both bounds; "above" leaves the amount out, "at least" keeps it', async () => {
    const lea = await fr('c3');
    expect((await lea.texts('opérations entre 20 et 30 euros'))[0]).toMatch(new RegExp(`^Vos opérations entre 20,00${S}€ et 30,00${S}€ \\(1 à 10 sur 59\\)${S}:\n• 14 nov\\. · Canal\\+ · -27,99${S}€\n`));
    const emily = await en('c4');
    expect((await emily.texts('transactions between 20 and 30'))[0]).toMatch(/^Your transactions between €20\.00 and €30\.00 \(1–10 of 25\):\n• 28 Nov · Tesco · -€28\.90 \(pending\)\n/);
    const james = await en();
    // John Lewis -€50.00 on 16 April is not above 50.
    expect((await james.texts('transactions above 50'))[0]).toMatch(/^Your transactions over €50\.00, excluding transfers between your accounts \(1–10 of 88\):\n/);
    expect((await james.texts('transactions of at least 50'))[0]).toMatch(/^Your transactions of at least €50\.00, excluding transfers between your accounts \(1–10 of 89\):\n/);
  });

  it('an English exclusion leaves the shop out, and "spendin last wk" is spending only', async () => {
    const james = await en();
    expect(await james.texts('how much at sainsburys in november, not tesco')).toEqual(["At Sainsbury's, not at Tesco, from 1 to 30 November: €91.46 spent in 2 payments."]);
    expect(await james.texts('how much at sainsburys this month, not tesco')).toEqual(["Nothing spent at Sainsbury's, not at Tesco, on 1 December."]);
    expect((await james.texts('spendin last wk'))[0]).toMatch(/^Your transactions from 23 to 29 November, excluding transfers between your accounts \(1–8 of 8\):\n/);
  });

  it('train fares are the rail merchants (TfL); fuel with no station paid is said to be none', async () => {
    const james = await en();
    expect(await james.texts('how much have i spent on trains this year')).toEqual([
      'Your train and tube fares are your TfL payments:\nAt TfL, from 1 January to 1 December: €259.12 spent in 44 payments.']);
    expect(await james.texts('fuel spending last 30 days')).toEqual(['No fuel purchase from 2 November to 1 December: no petrol station among your transport payments.']);
    const camille = await fr();
    // Camille's transport: RATP, SNCF and Uber; train fares are the first two.
    expect(await camille.texts('combien en train cette année')).toEqual([
      `Vos trajets en train sont vos paiements RATP et SNCF${S}:\nChez RATP et SNCF, du 1er janvier au 1er décembre${S}: 1${N}311,51${S}€ dépensés en 17 paiements.`]);
    expect(await camille.texts('dépenses carburant les 30 derniers jours')).toEqual([
      `Aucun achat de carburant du 2 novembre au 1er décembre${S}: aucune station-service parmi vos transports.`]);
  });

  it('a joint account the customer does not have is said, with the accounts there are', async () => {
    const camille = await fr();
    const [joint] = await camille.texts('solde du compte joint');
    expect(joint).toMatch(new RegExp(`^Vous n’avez pas de compte joint\\. Voici vos comptes${S}:\n• Compte courant `));
    const james = await en();
    const [english] = await james.texts('whats the balance on the joint account');
    expect(english).toMatch(/^You have no joint account\. Here are your accounts:\n• Current account \(GB29/);
  });

  it('"this month" on the 1st is that day in both languages, and the reply says so', async () => {
    const camille = await fr();
    expect(await camille.texts('mon plus gros achat du mois')).toEqual([`Aucune dépense le 1er décembre.`]);
    const james = await en();
    expect(await james.texts('my biggest purchase this month')).toEqual(['No expenses on 1 December.']);
  });
});
