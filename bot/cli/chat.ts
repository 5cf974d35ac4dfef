import { createInterface } from 'node:readline';
import { stdin, stdout } from 'node:process';
import { loadEnvFile } from '../infra/envFile';
import { parseSettings } from '../infra/config';
import { BotClient } from './botClient';
import { runChat } from './chatSession';
import { LoopbackConnector } from './loopbackConnector';

/**
 * `npm run chat`: talk to the running bot from a terminal, only through its HTTP endpoint (`BOT_URL`,
 * by default this machine's `PORT`), as the Emulator does. Replies come back in each HTTP response;
 * proactive messages arrive at a loopback connector and are printed as they come.
 */
async function main(): Promise<number> {
  loadEnvFile();
  // The chat needs only its own two settings, validated like the bot's (it runs no bot itself).
  const settings = parseSettings(process.env);
  const botUrl = settings.BOT_URL ?? `http://localhost:${settings.PORT}/api/messages`;
  const connector = new LoopbackConnector();
  const client = new BotClient(botUrl, await connector.start());
  const terminal = createInterface({ input: stdin, output: stdout, terminal: stdin.isTTY });
  const io = { lines: terminal[Symbol.asyncIterator](), write: (text: string) => stdout.write(text) };
  try {
    return await runChat(client, io, Intl.DateTimeFormat().resolvedOptions().locale, connector);
  } finally {
    terminal.close();
    await connector.stop();
  }
}

main().then((code) => {
  process.exitCode = code;
}, (error: unknown) => {
  console.error('chat failed:', (error as Error).message);
  process.exitCode = 1;
});
