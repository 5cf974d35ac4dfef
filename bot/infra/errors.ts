/** The few errors the bot distinguishes; anything else is a bug and gets a generic answer. */
export class BotError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** A setting is missing or malformed: the process refuses to start and says which one. */
export class ConfigurationError extends BotError {}

/** An HTTP request that is not an activity we can process: answered with a 4xx, never a crash. */
export class BadRequestError extends BotError {
  constructor(message: string, readonly status = 400) {
    super(message);
  }
}
