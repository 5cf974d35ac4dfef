import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Activity } from 'botbuilder';
import { createTestBot } from '../support/testBot';
import { botMessages, replay } from '../support/transcriptReplay';

/**
 * Every .transcript file here (saved from Bot Framework Emulator, see the README) is replayed: the bot
 * must say exactly what the transcript shows it said. The file name starts with the customer id.
 */
const files = readdirSync(__dirname).filter((name) => name.endsWith('.transcript'));

describe('Emulator transcripts', () => {
  it('has transcripts to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('replays %s', async (file) => {
    const transcript = JSON.parse(readFileSync(join(__dirname, file), 'utf8')) as Partial<Activity>[];
    const customerId = file.split('.')[0];
    const bot = await createTestBot();
    expect(await replay(bot, customerId, transcript)).toEqual(botMessages(transcript));
  });
});
