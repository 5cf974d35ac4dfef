/** The exact replies that decline advice, asserted by several dialog suites (one wording, one place). */
const S = '\u00a0';

export const NO_ADVICE_FR = `Je ne peux pas donner de conseils financiers ici. Je peux vous montrer où va votre argent${S}: vos dépenses par catégorie, ou ce mois-ci par rapport à d’habitude.`;
export const NO_ADVICE_EN = 'I can’t give advice on money here. I can show you where your money goes: your spending by category, or this month against the usual.';
