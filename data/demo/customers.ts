/**
 * The demo bank's customers. Current balances of checking and savings accounts are picked here;
 * earlier balances follow backwards from the generated transactions. Card balances are derived.
 */
import type { Customer } from '../types';
import type { Catalog } from './catalog';
import { ENGLISH_CATALOG } from './catalogEn';
import { FRENCH_CATALOG } from './catalogFr';
import type { InsightPatterns } from './insightPatterns';

export interface DemoProfile {
  customer: Customer;
  catalog: Catalog;
  /** Each customer draws from their own stream, so changing one never shifts another's figures. */
  seed: number;
  checking: { name: string; iban: string; balanceCents: number };
  savings: { name: string; iban: string; balanceCents: number };
  /**
   * A deferred-debit card: purchases add up over a month, the checking account settles them on the 5th.
   * It has no IBAN; the bank hands over the last four digits of its number only.
   */
  card?: { name: string; last4: string; settlementDescription: string; settledDescription: string };
  /** How receipts name the card used for online orders. */
  paymentMethod: string;
  salary: { merchant: string; description: string; day: number; cents: number };
  rent: { merchant: string; description: string; day: number; cents: number };
  savingsTransfer: { day: number; cents: number; outDescription: string; inDescription: string };
  /** What the insight questions show (a price rise, a quarterly bill, a double charge); README examples use it. */
  insights?: InsightPatterns;
}

export const DEMO_PROFILES: readonly DemoProfile[] = [
  {
    customer: { id: 'c1', name: 'Camille Martin', locale: 'fr-FR' },
    catalog: FRENCH_CATALOG,
    seed: 2018_01,
    checking: { name: 'Compte courant', iban: 'FR7630004000031234567890143', balanceCents: 3_482_15 },
    savings: { name: 'Livret A', iban: 'FR7630004000039876543210987', balanceCents: 12_452_07 },
    card: { name: 'Carte Visa Premier', last4: '4242', settlementDescription: 'PRLV CARTE VISA PREMIER DEBIT DIFFERE', settledDescription: 'REGLEMENT DEPUIS COMPTE COURANT' },
    paymentMethod: 'Visa ****4242',
    salary: { merchant: 'Thales', description: 'VIR SEPA SALAIRE THALES SA', day: 27, cents: 2_500_00 },
    rent: { merchant: 'Foncia', description: 'PRLV SEPA FONCIA LOYER', day: 2, cents: 1_150_00 },
    savingsTransfer: { day: 28, cents: 470_00, outDescription: 'VIR PERMANENT VERS LIVRET A', inDescription: 'VIR PERMANENT DEPUIS COMPTE COURANT' },
  },
  {
    customer: { id: 'c2', name: 'James Wilson', locale: 'en-GB' },
    catalog: ENGLISH_CATALOG,
    seed: 2018_02,
    checking: { name: 'Current account', iban: 'GB29NWBK60161331926819', balanceCents: 2_916_40 },
    savings: { name: 'Easy Saver', iban: 'GB94BARC10201530093459', balanceCents: 8_240_00 },
    card: { name: 'Visa credit card', last4: '1881', settlementDescription: 'DD VISA CREDIT CARD', settledDescription: 'PAYMENT RECEIVED, THANK YOU' },
    paymentMethod: 'Visa ****1881',
    salary: { merchant: 'Globex Ltd', description: 'SALARY GLOBEX LTD', day: 25, cents: 2_650_00 },
    rent: { merchant: 'Foxtons', description: 'DD FOXTONS RENT', day: 1, cents: 1_450_00 },
    savingsTransfer: { day: 26, cents: 550_00, outDescription: 'TRANSFER TO EASY SAVER', inDescription: 'TRANSFER FROM CURRENT ACCOUNT' },
  },
  {
    customer: { id: 'c3', name: 'Léa Dubois', locale: 'fr-FR' },
    catalog: FRENCH_CATALOG,
    seed: 2018_03,
    checking: { name: 'Compte courant', iban: 'FR7610107001011234567890129', balanceCents: 1_987_42 },
    savings: { name: 'Livret A', iban: 'FR7610107001019876543210356', balanceCents: 4_310_55 },
    paymentMethod: 'CB ****7311',
    salary: { merchant: 'CHU de Bordeaux', description: 'VIR SEPA SALAIRE CHU BORDEAUX', day: 28, cents: 1_880_00 },
    rent: { merchant: 'Nexity', description: 'PRLV SEPA NEXITY LOYER', day: 5, cents: 720_00 },
    savingsTransfer: { day: 28, cents: 300_00, outDescription: 'VIR PERMANENT VERS LIVRET A', inDescription: 'VIR PERMANENT DEPUIS COMPTE COURANT' },
    insights: {
      subscription: { merchant: 'Canal+', description: 'PRLV SEPA CANAL PLUS', day: 14, oldCents: 22_99, newCents: 27_99, risenMonthsAgo: 4 },
      quarterly: { merchant: 'Eau de Bordeaux Métropole', description: 'PRLV SEPA EAU BORDEAUX METROPOLE', cents: 96_40 },
      doubleCharge: { merchant: 'Deliveroo', description: 'CB DELIVEROO', cents: 34_90 },
    },
  },
  {
    customer: { id: 'c4', name: 'Emily Clarke', locale: 'en-GB' },
    catalog: ENGLISH_CATALOG,
    seed: 2018_04,
    checking: { name: 'Current account', iban: 'GB33BUKB20201555555555', balanceCents: 2_204_90 },
    savings: { name: 'Savings account', iban: 'GB82WEST12345698765432', balanceCents: 6_075_00 },
    paymentMethod: 'Visa Debit ****5508',
    salary: { merchant: 'NHS', description: 'SALARY NHS BARTS HEALTH', day: 27, cents: 2_180_00 },
    rent: { merchant: 'Savills', description: 'DD SAVILLS RENT', day: 1, cents: 1_150_00 },
    savingsTransfer: { day: 27, cents: 400_00, outDescription: 'TRANSFER TO SAVINGS', inDescription: 'TRANSFER FROM CURRENT ACCOUNT' },
    insights: {
      subscription: { merchant: 'Disney+', description: 'DD DISNEY PLUS', day: 14, oldCents: 7_99, newCents: 9_99, risenMonthsAgo: 4 },
      quarterly: { merchant: 'Thames Water', description: 'DD THAMES WATER', cents: 112_35 },
      doubleCharge: { merchant: 'Deliveroo', description: 'DELIVEROO LONDON', cents: 28_50 },
    },
  },
];
