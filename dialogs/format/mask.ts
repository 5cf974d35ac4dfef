import type { Account } from '../../data/types';

const DOTS = '••••';
/** No-break spaces inside a masked number, so that a phone never wraps it across two lines. */
const GAP = '\u00a0';

/** `FR76 •••• •••• 0189` (no-break spaces): the country and check digits say which bank, the last four which account. */
export function maskIban(iban: string): string {
  const compact = iban.replace(/\s/g, '');
  if (compact.length < 8) return DOTS;
  return [compact.slice(0, 4), DOTS, DOTS, compact.slice(-4)].join(GAP);
}

/** `•••• 4242`: only the last four digits of a card number ever leave the bank. */
export function maskCard(number: string): string {
  const digits = number.replace(/\D/g, '');
  return digits.length < 4 ? DOTS : `${DOTS}${GAP}${digits.slice(-4)}`;
}

/**
 * How an account is shown: a card by its last four digits, anything else by its masked IBAN. Null when
 * the bank gave neither (a card imported without `cardLast4` or IBAN): the name alone then says which.
 */
export function maskAccountNumber(account: Pick<Account, 'type' | 'iban' | 'cardLast4'>): string | null {
  if (account.type === 'credit_card' && account.cardLast4) return maskCard(account.cardLast4);
  if (!account.iban) return null;
  return account.type === 'credit_card' ? maskCard(account.iban) : maskIban(account.iban);
}

/** "Visa ****4242" → `Visa •••• 4242`: the brand as given, the number masked to its last four digits. */
export function maskPaymentMethod(method: string): string {
  const brand = method.replace(/[\d*•\s-]+$/, '').trim();
  const masked = maskCard(method);
  return brand ? `${brand} ${masked}` : masked;
}
