import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import type { NextFunction, Request, Response } from 'express';

const requests = new AsyncLocalStorage<{ requestId: string }>();

/** A caller's id is kept only when it is short and plain, so that a log line can never be forged. */
const ACCEPTED_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * Gives each HTTP request an id (the caller's `X-Request-Id` when acceptable, a fresh UUID otherwise),
 * sends it back in the response, and keeps it for everything the request causes, through every await:
 * the logger adds it to each line (see `createLogger`).
 */
export function requestIds(req: Request, res: Response, next: NextFunction): void {
  const given = req.get('x-request-id');
  const requestId = given && ACCEPTED_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Request-Id', requestId);
  requests.run({ requestId }, next);
}

/** The id of the request being served, or undefined outside of one (start-up, the dispatcher). */
export function currentRequestId(): string | undefined {
  return requests.getStore()?.requestId;
}

/** Runs work (a notification send) under an id of its own, so that its log lines share it too. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return requests.run({ requestId }, work);
}
