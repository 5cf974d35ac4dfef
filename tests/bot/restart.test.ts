import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../data/database';
import { startHttpBot } from '../support/httpBot';

describe('state that survives a restart', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bank-restart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('answers after a restart the question asked before it', async () => {
    const path = join(dir, 'bank.db');
    const before = await startHttpBot({ db: openDatabase(path) });
    const code = await before.bot.services.links.issueCode('c1', before.bot.clock.now()) as string;
    await before.post({ type: 'message', id: 'm1', text: 'lier mon compte' });
    expect(before.connector.messages().map((m) => m.text)).toEqual(['Quel est votre code de liaison ? Il compte 8 caractères.']);
    await before.stop();
    before.bot.db.close();

    const after = await startHttpBot({ db: openDatabase(path) });
    try {
      await after.post({ type: 'message', id: 'm2', text: code });
      expect(after.connector.messages().map((m) => m.text)).toEqual([
        'C’est fait, cette conversation est liée. Bienvenue, Camille ! Que voulez-vous consulter ?',
      ]);
      expect(await after.bot.services.links.link({ channelId: 'emulator', userId: 'emulator-user' }, after.bot.clock.now()))
        .toMatchObject({ kind: 'linked', customerId: 'c1' });
    } finally {
      await after.stop();
      after.bot.db.close();
    }
  });
});
