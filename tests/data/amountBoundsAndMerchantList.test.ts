import { importDataset } from '../../data/import/importer';
import { TransactionStore } from '../../data/transactionStore';
import type { TransactionFilter } from '../../data/types';
import { ownTransfersBank } from './fixtures/ownTransfersBank';
import { ENGINES, type EngineDatabase } from '../support/engines';

const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };

// The suite only reads: one database per engine. k1's November spending: Carrefour 45,90, Monoprix 23,65
// (pending), Fnac 129,99, Uber 18,40 (see the fixture).
describe.each(ENGINES)('amount bounds left out and any of several merchants, on %s', (_engine, open) => {
  let engine: EngineDatabase;
  let store: TransactionStore;
  beforeAll(async () => {
    engine = await open();
    await importDataset(engine.sql, ownTransfersBank());
    store = new TransactionStore(engine.sql, { timeZone: 'Europe/Paris' });
  });
  afterAll(() => engine.close());

  const spent = (more: TransactionFilter) => store.totals('k1', { period: NOVEMBER, direction: 'out', excludeOwnTransfers: true, ...more });

  it('"above 45.90" leaves the 45,90 € payment out, "at least 45.90" keeps it', async () => {
    expect(await spent({ minCents: 4590, minExclusive: true })).toEqual({ totalCents: 12999, count: 1, pendingCents: 0, ownTransfersLeftOut: 2 });
    expect(await spent({ minCents: 4590 })).toEqual({ totalCents: 17589, count: 2, pendingCents: 0, ownTransfersLeftOut: 2 });
  });

  it('"under 23.65" leaves the 23,65 € payment out; a range keeps both bounds', async () => {
    expect(await spent({ maxCents: 2365, maxExclusive: true })).toEqual({ totalCents: 1840, count: 1, pendingCents: 0, ownTransfersLeftOut: 0 });
    expect(await spent({ minCents: 1840, maxCents: 4590 })).toEqual({ totalCents: 8795, count: 3, pendingCents: 2365, ownTransfersLeftOut: 0 });
  });

  it('any of several merchants, exactly as named: Carrefour and Uber, 64,30 € in 2', async () => {
    expect(await spent({ merchantsAnyOf: ['Carrefour', 'Uber'] })).toEqual({ totalCents: 6430, count: 2, pendingCents: 0, ownTransfersLeftOut: 0 });
    expect(await spent({ merchantsAnyOf: ['Tesco'] })).toEqual({ totalCents: 0, count: 0, pendingCents: 0, ownTransfersLeftOut: 0 });
  });
});
