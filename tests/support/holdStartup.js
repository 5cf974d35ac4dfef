// Preloaded into the built bot (node --require) by tests of its start-up: the recognizer's creation, a
// real start-up step, waits until the file HOLD_STARTUP_UNTIL exists, so that a test sees the process
// while it starts for as long as it needs, whatever the machine's speed. HOLD_BOT_DIR is the build.
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const { BankRecognizer } = require(join(process.env.HOLD_BOT_DIR, 'bot', 'nlu', 'recognizer.js'));
const create = BankRecognizer.create;
BankRecognizer.create = async function heldCreate(...args) {
  while (!existsSync(process.env.HOLD_STARTUP_UNTIL)) await new Promise((resolve) => setTimeout(resolve, 20));
  return create.apply(this, args);
};
