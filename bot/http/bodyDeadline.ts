import type { NextFunction, Request, Response } from 'express';

/** A turn or an event is a few kilobytes: whoever takes longer than this to send one is not a channel. */
export const BODY_DEADLINE_MS = 10_000;

/**
 * Answers 408 and closes the connection when a request's body has not fully arrived by the deadline, so
 * that a client trickling a byte at a time cannot hold a socket and a body parser open. Once the body is
 * in, the turn takes the time it needs: the deadline is on receiving, never on answering.
 */
export function bodyDeadline(ms: number = BODY_DEADLINE_MS) {
  return (req: Request, res: Response, next: NextFunction): void => {
    const timer = setTimeout(() => {
      if (req.complete || res.headersSent) return;
      res.setHeader('Connection', 'close');
      res.status(408).json({ error: 'request body too slow' });
      res.once('finish', () => req.socket.destroy());
    }, ms);
    res.once('close', () => clearTimeout(timer));
    next();
  };
}
