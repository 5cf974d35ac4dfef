import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';
import { importDataset } from '../../data/import/importer';

/** The example of docs/dataset-format.md, as a reader would copy it. */
function documentedExample(): unknown {
  const doc = readFileSync(join(__dirname, '..', '..', 'docs', 'dataset-format.md'), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(doc);
  if (!block) throw new Error('docs/dataset-format.md has no json example');
  return JSON.parse(block[1]);
}

describe('docs/dataset-format.md', () => {
  it('shows an example that imports as it is', async () => {
    const db = openDatabase(':memory:');
    expect(await importDataset(db, documentedExample())).toEqual({ customers: 1, accounts: 3, transactions: 3, receipts: 1, deliveries: 1 });
    expect(db.prepare("SELECT iban, card_last4 AS cardLast4 FROM accounts WHERE id = 'a3'").get()).toEqual({ iban: null, cardLast4: '4242' });
    expect(db.prepare("SELECT id, counterparty_account_id AS other FROM transactions WHERE counterparty_account_id IS NOT NULL ORDER BY id").all())
      .toEqual([{ id: 't2', other: 'a2' }, { id: 't3', other: 'a1' }]);
  });
});
