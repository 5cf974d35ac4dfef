/**
 * The demo bank: four customers with a year of believable history ending at `now`, in the import
 * format, so the demo goes through the same door as an operator's file. Pure and deterministic:
 * the same `now` and zone always give the same dataset.
 */
import type { Dataset } from '../import/dataset';
import { assembleCustomer, cardSettlements } from './assemble';
import { DemoCalendar } from './calendar';
import { DEMO_PROFILES } from './customers';
import type { DemoProfile } from './customers';
import { orderEntry, pastOrders } from './orders';
import { SeededRandom } from './random';
import { pendingEntries, recentOrders } from './recentActivity';
import { routineEntries } from './routine';
import { insightEntries } from './insightPatterns';

export function generateDemoBank(now: Date, timeZone: string): Dataset {
  const calendar = new DemoCalendar(now, timeZone);
  const dataset: Required<Dataset> = { customers: [], accounts: [], transactions: [], receipts: [], deliveries: [] };
  for (const profile of DEMO_PROFILES) {
    const records = customerRecords(profile, calendar);
    dataset.customers.push(profile.customer);
    dataset.accounts.push(...records.accounts);
    dataset.transactions.push(...records.transactions);
    dataset.receipts.push(...records.receipts);
    dataset.deliveries.push(...records.deliveries);
  }
  return dataset;
}

function customerRecords(profile: DemoProfile, calendar: DemoCalendar) {
  const id = profile.customer.id;
  // Separate streams: adding a past order never changes the everyday figures, and vice versa.
  const routine = routineEntries(profile, calendar, new SeededRandom(profile.seed));
  const orders = [...pastOrders(profile, calendar, new SeededRandom(profile.seed + 1)), ...recentOrders(id, calendar)]
    .filter((order) => calendar.inWindow(order.at));
  const entries = [
    ...routine,
    ...orders.map((order) => orderEntry(profile, order)),
    ...pendingEntries(id, calendar),
    ...(profile.insights ? insightEntries(profile.insights, calendar) : []),
  ].filter((entry) => calendar.inWindow(entry.at));
  return assembleCustomer(profile, [...entries, ...cardSettlements(profile, calendar, entries)], orders);
}
