import { startHttpBot, type HttpBot } from '../../support/httpBot';
import { cinemaPayment, EVENTS_SECRET, postEvent } from '../../support/events';

const S = '\u00a0';
const N = '\u202f';

/** A payment on Camille's current account (demo bank, Sunday 29 November 2026) at a merchant of our choosing. */
function payment(id: string, amount: string, merchant: string, accountId = 'c1-checking') {
  const event = cinemaPayment(id, amount);
  return { ...event, transaction: { ...event.transaction, accountId, merchant, description: `CB ${merchant.toUpperCase()}` } };
}

describe('unusual payments flagged in their notification, only for a chat that asked', () => {
  let http: HttpBot;
  beforeEach(async () => {
    http = await startHttpBot({ env: { EVENTS_SECRET } });
  });
  afterEach(async () => {
    await http.stop();
  });

  async function linkAndSay(...messages: string[]): Promise<string[]> {
    return linkAndSayIn(undefined, ...messages);
  }

  /** James (c2) when `locale` is given, as he speaks English; Camille (c1) otherwise. */
  async function linkAndSayIn(locale: string | undefined, ...messages: string[]): Promise<string[]> {
    const code = await http.bot.services.links.issueCode(locale ? 'c2' : 'c1', http.bot.clock.now()) as string;
    await http.post({ type: 'message', id: 'm0', text: `${locale ? 'link' : 'lier'} ${code}`, locale });
    http.connector.received.length = 0;
    for (const [index, text] of messages.entries()) await http.post({ type: 'message', id: `m${index + 1}`, text, locale });
    const replies = http.connector.messages().map((m) => m.text ?? '');
    http.connector.received.length = 0;
    return replies;
  }

  async function sent(...events: unknown[]): Promise<string[]> {
    for (const event of events) expect((await postEvent(http, event)).status).toBe(202);
    await http.dispatcher.runDue();
    return http.connector.messages().map((m) => m.text ?? '');
  }

  it('is off by default: the payment is said, nothing is flagged', async () => {
    await linkAndSay('active les notifications');
    expect(await sent(cinemaPayment('evt-1'), cinemaPayment('evt-2'))).toEqual([
      `💳 Paiement de 42,00${S}€ chez Cinéma Pathé — solde du compte courant${S}: 3${N}440,15${S}€`,
      `💳 Paiement de 42,00${S}€ chez Cinéma Pathé — solde du compte courant${S}: 3${N}398,15${S}€`,
    ]);
  });

  it('with updates and alerts on: a double charge, a first large payment and a price rise are flagged (fr)', async () => {
    expect(await linkAndSay('active les notifications', 'alerte-moi des paiements inhabituels')).toEqual([
      `C’est fait${S}: je vous préviendrai ici quand de l’argent bouge sur vos comptes et quand vos colis avancent.`,
      `C’est fait${S}: je vous préviendrai ici des paiements inhabituels (double débit, premier gros paiement, hausse de prix).`,
    ]);
    expect(await sent(cinemaPayment('evt-1'), cinemaPayment('evt-2'), payment('evt-3', '-349.00', 'Apple Store'), payment('evt-4', '-15.99', 'Netflix'))).toEqual([
      `💳 Paiement de 42,00${S}€ chez Cinéma Pathé — solde du compte courant${S}: 3${N}440,15${S}€`,
      `💳 Paiement de 42,00${S}€ chez Cinéma Pathé — solde du compte courant${S}: 3${N}398,15${S}€\n`
        + `⚠️ Inhabituel${S}: 42,00${S}€ chez Cinéma Pathé une deuxième fois en moins de 24${S}heures.`,
      `💳 Paiement de 349,00${S}€ chez Apple Store — solde du compte courant${S}: 3${N}049,15${S}€\n`
        + `⚠️ Inhabituel${S}: premier paiement chez Apple Store, 349,00${S}€.`,
      `💳 Paiement de 15,99${S}€ chez Netflix — solde du compte courant${S}: 3${N}033,16${S}€\n`
        + `⚠️ Inhabituel${S}: Netflix a prélevé 15,99${S}€, d’habitude 13,49${S}€.`,
    ]);
  });

  it('alerts alone send only the unusual payments; "stop unusual payment alerts" stops them (en)', async () => {
    expect(await linkAndSayIn('en-GB', 'alert me about unusual payments')).toEqual([
      'Done: I will warn you here of unusual payments (a double charge, a first large payment, a price rise).',
    ]);
    expect(await sent(payment('evt-1', '-42.00', 'Odeon', 'c2-checking'), payment('evt-2', '-349.00', 'Apple Store', 'c2-checking'))).toEqual([
      '⚠️ Unusual: first payment to Apple Store, €349.00.',
    ]);
    http.connector.received.length = 0;
    expect(await linkAndSayIn('en-GB', 'stop unusual payment alerts')).toEqual(['Done: no more unusual payment alerts.']);
    expect(await sent(payment('evt-3', '-349.00', 'Apple Store', 'c2-checking'))).toEqual([]);
  });
});
