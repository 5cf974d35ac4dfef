/**
 * The languages the bank serves its customers in: a value every layer shares (a conversation's language
 * is stored, the recognizer detects it, the dialogs answer in it), so it lives at the bottom.
 */
export type Language = 'fr' | 'en';
