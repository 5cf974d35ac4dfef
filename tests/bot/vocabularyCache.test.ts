import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { VocabularyCache } from '../../bot/turn/customerVocabulary';
import { dataVersionOf } from '../../data/dataVersion';
import { SqliteClient } from '../../data/sql/sqliteClient';
import type { CustomerVocabulary } from '../../bot/nlu/types';

function counting() {
  const reads: string[] = [];
  const read = async (customerId: string): Promise<CustomerVocabulary> => {
    reads.push(customerId);
    return { accounts: [], merchants: [`shop of ${customerId}`], categories: [] };
  };
  return { reads, read };
}

describe("customers' vocabulary kept between turns", () => {
  it('reads a customer once, and again once the data version moves or an event came in', async () => {
    const { reads, read } = counting();
    let version = 7;
    const cache = new VocabularyCache(read, () => version);
    expect((await cache.of('c1')).merchants).toEqual(['shop of c1']);
    await cache.of('c1');
    await cache.of('c2');
    expect(reads).toEqual(['c1', 'c2']);
    version = 8;
    await cache.of('c1');
    expect(reads).toEqual(['c1', 'c2', 'c1']);
    cache.forgetAll();
    await cache.of('c1');
    expect(reads).toEqual(['c1', 'c2', 'c1', 'c1']);
  });

  it('lets the least recently used customer go past its capacity', async () => {
    const { reads, read } = counting();
    const cache = new VocabularyCache(read, () => 1, 2);
    await cache.of('c1');
    await cache.of('c2');
    await cache.of('c1');
    await cache.of('c3');
    await cache.of('c1');
    await cache.of('c2');
    expect(reads).toEqual(['c1', 'c2', 'c3', 'c2']);
  });

  it('reads a customer whose read failed again at the next turn, and two turns at once once', async () => {
    let reads = 0;
    const cache = new VocabularyCache(async () => {
      reads += 1;
      if (reads === 1) throw new Error('database gone');
      return { accounts: [], merchants: ['Fnac'], categories: [] };
    }, () => 1);
    await expect(cache.of('c1')).rejects.toThrow('database gone');
    const [first, second] = await Promise.all([cache.of('c1'), cache.of('c1')]);
    expect(first.merchants).toEqual(['Fnac']);
    expect(second).toBe(first);
    expect(reads).toBe(2);
  });

  it("sees another process's commit, not its own", () => {
    const folder = mkdtempSync(join(tmpdir(), 'data-version-'));
    const path = join(folder, 'bank.db');
    const bot = new Database(path);
    const other = new Database(path);
    bot.pragma('journal_mode = WAL');
    bot.exec('CREATE TABLE t (x INTEGER)');
    const version = dataVersionOf(new SqliteClient(bot));
    const before = version();
    bot.exec('INSERT INTO t VALUES (1)');
    expect(version()).toBe(before);
    other.exec('INSERT INTO t VALUES (2)');
    expect(version()).not.toBe(before);
    other.close();
    bot.close();
    rmSync(folder, { recursive: true, force: true });
  });
});
