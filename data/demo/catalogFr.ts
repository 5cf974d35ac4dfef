/** What a Parisian pays: French merchants, French bank-statement wording. */
import type { Catalog } from './catalog';

export const FRENCH_CATALOG: Catalog = {
  bills: [
    { merchant: 'RATP', description: 'PRLV SEPA NAVIGO ANNUEL RATP', category: 'transport', day: 1, minCents: 8880, maxCents: 8880 },
    { merchant: 'Netflix', description: 'PRLV SEPA NETFLIX.COM', category: 'subscriptions', day: 8, minCents: 1349, maxCents: 1349 },
    { merchant: 'EDF', description: 'PRLV SEPA EDF CLIENTS PARTICULIERS', category: 'utilities', day: 10, minCents: 5400, maxCents: 7900 },
    { merchant: 'Free', description: 'PRLV SEPA FREE TELECOM FREEBOX', category: 'utilities', day: 12, minCents: 2999, maxCents: 2999 },
    { merchant: 'Orange', description: 'PRLV SEPA ORANGE MOBILE', category: 'utilities', day: 15, minCents: 1999, maxCents: 1999 },
    { merchant: 'Spotify', description: 'PRLV SEPA SPOTIFY', category: 'subscriptions', day: 20, minCents: 1199, maxCents: 1199 },
  ],
  habits: [
    { merchant: 'Carrefour', description: 'CB CARREFOUR PARIS 11', category: 'groceries', timesPerMonth: [4, 4], minCents: 2500, maxCents: 9500 },
    { merchant: 'Monoprix', description: 'CB MONOPRIX REPUBLIQUE', category: 'groceries', timesPerMonth: [2, 2], minCents: 800, maxCents: 3500 },
    { merchant: 'Lidl', description: 'CB LIDL PARIS', category: 'groceries', timesPerMonth: [1, 2], minCents: 1500, maxCents: 5000 },
    { merchant: 'Big Mamma', description: 'CB BIG MAMMA EAST MAMMA', category: 'restaurants', timesPerMonth: [1, 1], minCents: 2400, maxCents: 6500 },
    { merchant: 'Sushi Shop', description: 'CB SUSHI SHOP', category: 'restaurants', timesPerMonth: [0, 1], minCents: 1800, maxCents: 4200 },
    { merchant: 'Le Petit Zinc', description: 'CB LE PETIT ZINC', category: 'restaurants', timesPerMonth: [0, 1], minCents: 2800, maxCents: 6800 },
    { merchant: 'Uber', description: 'CB UBER *TRIP', category: 'transport', timesPerMonth: [1, 2], minCents: 1100, maxCents: 2800 },
    { merchant: 'SNCF', description: 'CB SNCF CONNECT', category: 'transport', timesPerMonth: [0, 1], minCents: 3500, maxCents: 11000 },
    { merchant: 'Pharmacie Lafayette', description: 'CB PHARMACIE LAFAYETTE', category: 'health', timesPerMonth: [0, 2], minCents: 600, maxCents: 3500 },
    { merchant: 'Cinéma Pathé', description: 'CB PATHE BEAUGRENELLE', category: 'entertainment', timesPerMonth: [0, 2], minCents: 1390, maxCents: 2780 },
    { merchant: null, description: 'RETRAIT DAB BNP PARIS', category: 'cash', timesPerMonth: [0, 1], minCents: 4000, maxCents: 8000, stepCents: 2000 },
    { merchant: 'Booking.com', description: 'CB BOOKING.COM HOTEL', category: 'travel', timesPerMonth: [0, 1], minCents: 8000, maxCents: 24000, onCard: true },
  ],
  shops: [
    { merchant: 'Fnac', description: 'CB FNAC.COM', orderPrefix: 'FN-', orderDigits: 8, carrier: 'Colissimo', products: [
      { name: 'Enceinte JBL Flip 6', unitCents: 12999, vatPermille: 200 },
      { name: 'Coffret Blu-ray Dune', unitCents: 2999, vatPermille: 200 },
      { name: 'Manette DualSense', unitCents: 6999, vatPermille: 200 },
    ] },
    { merchant: 'Amazon', description: 'CB AMAZON EU SARL', orderPrefix: '402-', orderDigits: 7, carrier: 'Amazon Logistics', products: [
      { name: 'Piles AA (lot de 12)', unitCents: 1099, vatPermille: 200 },
      { name: 'Lampe de bureau LED', unitCents: 3490, vatPermille: 200 },
      { name: 'Tapis de yoga', unitCents: 2499, vatPermille: 200 },
    ] },
    { merchant: 'Boulanger', description: 'CB BOULANGER.COM', orderPrefix: 'BL-', orderDigits: 9, carrier: 'Chronopost', products: [
      { name: 'Bouilloire Philips', unitCents: 4999, vatPermille: 200 },
      { name: 'Grille-pain Moulinex', unitCents: 3999, vatPermille: 200 },
    ] },
    { merchant: 'Librairie Mollat', description: 'CB MOLLAT BORDEAUX', orderPrefix: 'ML-', orderDigits: 6, carrier: 'Colissimo', products: [
      { name: 'Le Mage du Kremlin', unitCents: 2200, vatPermille: 55 },
      { name: 'Vivre vite', unitCents: 2000, vatPermille: 55 },
    ] },
    { merchant: 'Decathlon', description: 'CB DECATHLON.FR', orderPrefix: 'DK-', orderDigits: 8, carrier: 'DPD', products: [
      { name: 'Gourde 1 L', unitCents: 799, vatPermille: 200 },
      { name: 'Chaussures de running Kiprun', unitCents: 8999, vatPermille: 200 },
    ] },
  ],
};
