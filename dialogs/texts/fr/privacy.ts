import type { privacy as english } from '../en/privacy';

/** « Que savez-vous de moi ? », « supprime mes données », « qui a consulté mes données ? ». */
export const privacy: typeof english = {
  privacyIntro: 'Ce que je garde sur cette conversation (vos comptes et opérations restent à la banque, pas ici) :',
  privacySharing: [
    'Vos données restent à la banque\u00a0: je lis vos comptes et opérations dans ses propres systèmes, et je comprends vos messages ici aussi, sans service extérieur.',
    '• Vos messages et mes réponses passent par la messagerie que vous utilisez (le Bot Service de Microsoft les achemine vers Messenger, Teams ou le chat web)',
    '• Si vous demandez un conseiller, le conseiller de la banque reçoit nos derniers messages',
    '• Personne d’autre ne les reçoit\u00a0: mes journaux ne gardent ni noms, ni montants, ni messages',
  ].join('\n'),
  privacyConversation: '• La langue de cette conversation, et si je vous y ai déjà accueilli',
  privacyKinds: {
    link: (count: number, from?: string, to?: string) => `• La liaison à votre identité bancaire, faite le ${from}, valable jusqu’au ${to}`,
    linkAttempts: (count: number) => `• ${count} code${count > 1 ? 's' : ''} de liaison erroné${count > 1 ? 's' : ''} (compté${count > 1 ? 's' : ''} pour votre sécurité)`,
    conversationMemory: (count: number) => `• Où nous en sommes et votre dernière question${count > 1 ? `, dans ${count}\u00a0conversations` : ''}`,
    handoffMessages: (count: number) => (count === 1
      ? '• Notre dernier message, pour un conseiller'
      : `• Nos ${count}\u00a0derniers messages, pour un conseiller (les plus anciens s’effacent au fil de l’échange)`),
    messageCounter: () => '• Le nombre de vos messages dans la minute (contre les abus)',
    conversationReference: (count: number, from?: string) => `• Où vous envoyer vos alertes : cette conversation, dernier message le ${from}`,
    notificationSettings: () => '• Les alertes que vous avez demandées',
    lowBalanceAlerts: (count: number) => `• ${count} alerte${count > 1 ? 's' : ''} de solde bas`,
    auditEntries: (count: number, from?: string) =>
      `• ${count} ligne${count > 1 ? 's' : ''} au journal des accès depuis le ${from} : le registre légal de la banque, conservé même si vous effacez le reste`,
  },
  privacyOther: (kind: string, count: number) => `• ${kind} : ${count}`,
  privacyConfirmErase:
    'Effacer ce que je garde sur cette conversation ? Elle sera déliée et j’oublierai notre échange et vos réglages. Le journal des accès reste : c’est le registre légal de la banque.',
  privacyErased: 'C’est fait : cette conversation est déliée et j’ai oublié notre échange et vos réglages. Pour me réutiliser, liez-la avec un nouveau code.',
  privacyKept: 'D’accord, je n’ai rien effacé.',
  privacyAuditIntro: 'Derniers accès à vos données :',
  privacyAuditGroup: (day: string, channel: string, reads: string) => `• ${day}, ${channel}\u00a0: ${reads}`,
  privacyTimes: (kind: string, count: number) => (count > 1 ? `${kind} (${count}\u00a0fois)` : kind),
  privacyReadKinds: {
    Balance: 'soldes', Transactions: 'opérations', Receipt: 'reçus', Delivery: 'livraisons',
    Notifications: 'réglages des alertes', Privacy: 'journal des accès', Income: 'revenus', Subscriptions: 'paiements réguliers',
    Upcoming: 'prélèvements à venir', SpendingComparison: 'comparaisons de dépenses', SpendingBreakdown: 'dépenses par catégorie',
  },
  privacyOtherReads: 'autres données',
  privacyAuditNone: 'Personne n’a encore consulté vos données via l’assistant.',
  privacyAuditMore: (count: number) => `…et ${count} autre${count > 1 ? 's' : ''} jour${count > 1 ? 's' : ''} ou canal${count > 1 ? 'ux' : ''} plus ancien${count > 1 ? 's' : ''}. La banque peut vous donner la liste complète.`,
  privacyQuick: {
    erase: 'Effacer mes données',
    audit: 'Qui a vu mes données',
    yes: 'Oui, effacer',
    no: 'Non, garder',
  },
};
