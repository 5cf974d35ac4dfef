/** What a Londoner pays: British merchants and statement wording (amounts in EUR to keep demos simple). */
import type { Catalog } from './catalog';

export const ENGLISH_CATALOG: Catalog = {
  bills: [
    { merchant: 'Netflix', description: 'DD NETFLIX.COM', category: 'subscriptions', day: 6, minCents: 1099, maxCents: 1099 },
    { merchant: 'British Gas', description: 'DD BRITISH GAS', category: 'utilities', day: 10, minCents: 5800, maxCents: 7400 },
    { merchant: 'BT', description: 'DD BT GROUP PLC', category: 'utilities', day: 14, minCents: 3200, maxCents: 3200 },
    { merchant: 'Vodafone', description: 'DD VODAFONE LTD', category: 'utilities', day: 18, minCents: 1800, maxCents: 1800 },
    { merchant: 'Spotify', description: 'DD SPOTIFY', category: 'subscriptions', day: 21, minCents: 1199, maxCents: 1199 },
  ],
  habits: [
    { merchant: 'Tesco', description: 'CARD TESCO STORES 3041', category: 'groceries', timesPerMonth: [3, 4], minCents: 2500, maxCents: 9000 },
    { merchant: "Sainsbury's", description: "CARD SAINSBURY'S S/MKT", category: 'groceries', timesPerMonth: [2, 2], minCents: 1500, maxCents: 6000 },
    { merchant: 'Lidl', description: 'CARD LIDL GB', category: 'groceries', timesPerMonth: [0, 1], minCents: 1200, maxCents: 4000 },
    { merchant: 'Pret A Manger', description: 'CARD PRET A MANGER', category: 'restaurants', timesPerMonth: [2, 3], minCents: 500, maxCents: 1200 },
    { merchant: "Nando's", description: "CARD NANDO'S", category: 'restaurants', timesPerMonth: [0, 1], minCents: 2000, maxCents: 4500 },
    { merchant: 'Dishoom', description: 'CARD DISHOOM SHOREDITCH', category: 'restaurants', timesPerMonth: [0, 1], minCents: 3500, maxCents: 7000 },
    { merchant: 'TfL', description: 'CARD TFL TRAVEL CH', category: 'transport', timesPerMonth: [3, 5], minCents: 280, maxCents: 850 },
    { merchant: 'Uber', description: 'CARD UBER *TRIP', category: 'transport', timesPerMonth: [0, 2], minCents: 900, maxCents: 2600 },
    { merchant: 'Boots', description: 'CARD BOOTS', category: 'health', timesPerMonth: [0, 2], minCents: 400, maxCents: 2500 },
    { merchant: 'Odeon', description: 'CARD ODEON CINEMAS', category: 'entertainment', timesPerMonth: [0, 2], minCents: 1200, maxCents: 2600 },
    { merchant: null, description: 'ATM WITHDRAWAL', category: 'cash', timesPerMonth: [0, 1], minCents: 2000, maxCents: 6000, stepCents: 2000 },
    { merchant: 'easyJet', description: 'CARD EASYJET', category: 'travel', timesPerMonth: [0, 1], minCents: 6000, maxCents: 18000, onCard: true },
  ],
  shops: [
    { merchant: 'Amazon', description: 'CARD AMAZON.CO.UK', orderPrefix: '203-', orderDigits: 7, carrier: 'Amazon Logistics', products: [
      { name: 'AA batteries (pack of 12)', unitCents: 999, vatPermille: 200 },
      { name: 'LED desk lamp', unitCents: 3299, vatPermille: 200 },
      { name: 'Yoga mat', unitCents: 2299, vatPermille: 200 },
    ] },
    { merchant: 'John Lewis', description: 'CARD JOHN LEWIS', orderPrefix: 'JL-', orderDigits: 8, carrier: 'DPD', products: [
      { name: 'Cotton bath towel', unitCents: 2500, vatPermille: 200 },
      { name: 'Cafetière, 8 cup', unitCents: 3500, vatPermille: 200 },
    ] },
    { merchant: 'Argos', description: 'CARD ARGOS LTD', orderPrefix: 'AR-', orderDigits: 9, carrier: 'Royal Mail', products: [
      { name: 'Cordless kettle', unitCents: 3999, vatPermille: 200 },
      { name: '4-slice toaster', unitCents: 4499, vatPermille: 200 },
    ] },
    { merchant: 'Decathlon', description: 'CARD DECATHLON UK', orderPrefix: 'DK-', orderDigits: 8, carrier: 'DPD', products: [
      { name: 'Water bottle 1 L', unitCents: 799, vatPermille: 200 },
      { name: 'Kiprun running shoes', unitCents: 8999, vatPermille: 200 },
    ] },
  ],
};
