import type { TransactionFilter } from '../../data/types';
import type { RecognizedEntities } from '../recognized';
import type { DialogServices } from '../services';

export type NarrowerKind = NonNullable<RecognizedEntities['narrowerKind']>[number];

/**
 * The merchants a narrower kind is paid to, by the names banks give them (folded, lower case): fuel is
 * bought at a station, a train or tube fare from a rail company. The bank records neither kind as a
 * category, so the customer's merchants of the broader category are matched against these names.
 */
const MERCHANTS_OF: Readonly<Record<NarrowerKind, RegExp>> = {
  fuel: /\b(?:total|totalenergies|shell|bp|esso|texaco|avia|agip|elf|dyneff|q8|jet|gulf|station|carburant|fuel|petrol)\b/,
  rail: /\b(?:sncf|ouigo|tgv|ter|transilien|ratp|tfl|trainline|eurostar|national rail|lner|gwr|avanti|thameslink|southern|northern|scotrail|rail|railway|train|trains)\b/,
};

/** The most movements read to find the merchants of a kind: years of a category fit. */
const READ_AT_MOST = 1000;

/** What a narrower kind comes to over the filter: none paid, or the merchants of it paid (the filter then names them). */
export type NarrowedScope = { kind: 'none' } | { kind: 'merchants'; merchants: string[] };

export async function narrowedScope(
  services: Pick<DialogServices, 'transactions'>, customerId: string, filter: TransactionFilter, kind: NarrowerKind,
): Promise<NarrowedScope> {
  const page = await services.transactions.search(customerId, { ...filter, direction: 'out', limit: READ_AT_MOST, offset: 0 });
  const merchants = new Set(page.transactions.map((t) => t.merchant).filter((m): m is string => m !== null && m !== undefined)
    .filter((merchant) => MERCHANTS_OF[kind].test(merchant.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase())));
  return merchants.size === 0 ? { kind: 'none' } : { kind: 'merchants', merchants: [...merchants].sort() };
}
