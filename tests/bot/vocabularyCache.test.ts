import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { VocabularyCache } from '../../bot/customerVocabulary';
import { dataVersionOf } from '../../data/dataVersion';
import type { CustomerVocabulary } from '../../bot/nlu/types';

function counting() {
  const reads: string[] = [];
  const read = (customerId: string): CustomerVocabulary => {
    reads.push(customerId);
    return { accounts: [], merchants: [`shop of ${customerId}`], categories: [] };
  };
  return { reads, read };
}

describe("customers' vocabulary kept between turns", () => {
  it('reads a customer once, and again once the data version moves or an event came in', () => {
    const { reads, read } = counting();
    let version = 7;
    const cache = new VocabularyCache(read, () => version);
    expect(cache.of('c1').merchants).toEqual(['shop of c1']);
    cache.of('c1');
    cache.of('c2');
    expect(reads).toEqual(['c1', 'c2']);
    version = 8;
    cache.of('c1');
    expect(reads).toEqual(['c1', 'c2', 'c1']);
    cache.forgetAll();
    cache.of('c1');
    expect(reads).toEqual(['c1', 'c2', 'c1', 'c1']);
  });

  it('lets the least recently used customer go past its capacity', () => {
    const { reads, read } = counting();
    const cache = new VocabularyCache(read, () => 1, 2);
    cache.of('c1');
    cache.of('c2');
    cache.of('c1');
    cache.of('c3');
    cache.of('c1');
    cache.of('c2');
    expect(reads).toEqual(['c1', 'c2', 'c3', 'c2']);
  });

  it("sees another process's commit, not its own", () => {
    const path = join(mkdtempSync(join(tmpdir(), 'data-version-')), 'bank.db');
    const bot = new Database(path);
    bot.pragma('journal_mode = WAL');
    bot.exec('CREATE TABLE t (x INTEGER)');
    const version = dataVersionOf(bot);
    const before = version();
    bot.exec('INSERT INTO t VALUES (1)');
    expect(version()).toBe(before);
    new Database(path).exec('INSERT INTO t VALUES (2)');
    expect(version()).not.toBe(before);
  });
});
