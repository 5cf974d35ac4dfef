import type { TurnContext } from 'botbuilder';
import { DialogTurnStatus } from 'botbuilder-dialogs';
import { AuditRecords } from '../../../data/auditRecords';
import { BotStateRecords } from '../../../data/botStateRecords';
import { HandoffTranscriptStore } from '../../../data/handoffTranscriptStore';
import { LinkRecords } from '../../../data/linkRecords';
import { SqliteStorage } from '../../../data/sqliteStorage';
import { PrivacyDialog } from '../../../dialogs/privacyDialog';
import { CHAT_USER, french, playCase, type DialogCase } from './dialogCase';
import { NOW, tinyBankDb, tinyBankStores } from './tinyBank';

const SHOW = { privacy: ['show' as const] };
const ERASE = { privacy: ['erase' as const] };
const AUDIT = { privacy: ['audit' as const] };

const cases: DialogCase[] = [
  {
    name: 'what the assistant keeps about this chat user, kind by kind',
    steps: [{ user: 'que savez-vous de moi ?', understood: { intent: 'Privacy', entities: SHOW }, replies: [french([
        'Ce que je garde sur cette conversation (vos comptes et opérations restent à la banque, pas ici) :',
        '• La langue de cette conversation, et si je vous y ai déjà accueilli',
        '• Où nous en sommes et votre dernière question',
        '• Nos 3\u00a0derniers messages, pour un conseiller (les plus anciens s’effacent au fil de l’échange)',
        '• Les alertes que vous avez demandées',
        '• 1 ligne au journal des accès depuis le 28/11/2026 : le registre légal de la banque, conservé même si vous effacez le reste',
      ].join('\n'))] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'erasing asks first, and waits',
    steps: [{ user: 'effacez mes données', understood: { intent: 'Privacy', entities: ERASE }, replies: [french('Effacer ce que je garde sur cette conversation ? Elle sera déliée et j’oublierai notre échange et vos réglages. Le journal des accès reste : c’est le registre légal de la banque.')] }],
    status: DialogTurnStatus.waiting,
  },
  {
    name: 'erasing, confirmed',
    steps: [
      { user: 'effacez mes données', understood: { intent: 'Privacy', entities: ERASE }, replies: [french('Effacer ce que je garde sur cette conversation ? Elle sera déliée et j’oublierai notre échange et vos réglages. Le journal des accès reste : c’est le registre légal de la banque.')] },
      { user: 'oui', understood: { intent: 'None', entities: { yesNo: ['yes' as const] } }, replies: [french('C’est fait : cette conversation est déliée et j’ai oublié notre échange et vos réglages. Pour me réutiliser, liez-la avec un nouveau code.')] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'erasing, declined',
    steps: [
      { user: 'effacez mes données', understood: { intent: 'Privacy', entities: ERASE }, replies: [french('Effacer ce que je garde sur cette conversation ? Elle sera déliée et j’oublierai notre échange et vos réglages. Le journal des accès reste : c’est le registre légal de la banque.')] },
      { user: 'non', understood: { intent: 'None', entities: { yesNo: ['no' as const] } }, replies: ['D’accord, je n’ai rien effacé.'] },
    ],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'who accessed the data: the access log, newest first',
    steps: [{ user: 'qui a consulté mes données ?', understood: { intent: 'Privacy', entities: AUDIT }, replies: [french('Derniers accès à vos données :\n• samedi 28 novembre, Telegram : soldes')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'the access log needs a linked chat',
    customer: null,
    steps: [{ user: 'qui a consulté mes données ?', understood: { intent: 'Privacy', entities: AUDIT }, replies: [french('D’abord, liez cette conversation à votre compte : demandez un code à votre banque, puis envoyez « lier » suivi du code.')] }],
    status: DialogTurnStatus.complete,
  },
  {
    name: 'in English, for James, who has no access on record',
    language: 'en',
    customer: 'c2',
    steps: [{ user: 'who looked at my data?', understood: { intent: 'Privacy', entities: AUDIT }, replies: ['Nobody has accessed your data through the assistant yet.'] }],
    status: DialogTurnStatus.complete,
  },
];

/** The tiny bank with the chat user's state in one conversation, one update turned on and one access of c1's balance. */
async function privacyWorld() {
  const db = tinyBankDb();
  const stores = tinyBankStores(db);
  await new SqliteStorage(db, () => NOW).write({ [`${CHAT_USER.channelId}/conversations/chat-1/users/${CHAT_USER.userId}/`]: { lastDataRequest: {} } });
  const handoffMessages = new HandoffTranscriptStore(db);
  const from = { id: CHAT_USER.userId, role: 'user' as const };
  await handoffMessages.append({ ...CHAT_USER, conversationId: 'chat-1' }, [
    { type: 'message', text: 'mon solde', from }, { type: 'message', text: 'Compte courant', from: { id: 'bot', role: 'bot' } },
    { type: 'message', text: 'merci', from },
  ], NOW);
  await stores.notificationSettings.setTopics(CHAT_USER, ['deliveries'], true, NOW);
  await stores.audit.record({ at: '2026-11-28T18:30:00.000Z', ...CHAT_USER, customerId: 'c1', intent: 'Balance', accountIds: ['a1'] });
  const forgotten: TurnContext[] = [];
  const dialog = new PrivacyDialog(
    { ...stores, chatUserRecords: [new LinkRecords(db), new BotStateRecords(db), handoffMessages, stores.notificationSettings, new AuditRecords(db)] },
    async (context) => { forgotten.push(context); },
  );
  return { db, stores, dialog, forgotten };
}

describe('PrivacyDialog alone', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, testCase) => {
    await playCase((await privacyWorld()).dialog, testCase);
  });

  it('erases what it keeps and forgets the conversation only once confirmed', async () => {
    const world = await privacyWorld();
    await playCase(world.dialog, cases[2]);
    expect((await world.stores.notificationSettings.settings(CHAT_USER)).deliveries).toBe(false);
    expect(world.db.prepare('SELECT count(*) AS count FROM bot_state').get()).toEqual({ count: 0 });
    expect(world.db.prepare('SELECT count(*) AS count FROM handoff_messages').get()).toEqual({ count: 0 });
    expect(world.forgotten).toHaveLength(1);
  });

  it('erases nothing when declined', async () => {
    const world = await privacyWorld();
    await playCase(world.dialog, cases[3]);
    expect((await world.stores.notificationSettings.settings(CHAT_USER)).deliveries).toBe(true);
    expect(world.forgotten).toHaveLength(0);
  });

  it('records its own reading of the access log', async () => {
    const world = await privacyWorld();
    await playCase(world.dialog, cases[4]);
    expect((await world.stores.audit.entries('c1')).map((e) => e.intent)).toEqual(['Privacy', 'Balance']);
  });
});
