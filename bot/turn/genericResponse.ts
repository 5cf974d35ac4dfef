import type { Response as BotResponse } from 'botbuilder';
import type { Response } from 'express';

const GENERIC: Record<number, string> = { 400: 'bad request', 401: 'unauthorized', 405: 'method not allowed' };

/**
 * The response handed to `CloudAdapter.process`. On failure the adapter writes the error's own message
 * (token claims, library internals); this keeps its status and puts a generic JSON body in its place.
 */
export function withGenericErrors(res: Response): BotResponse {
  let status = 200;
  const response = {
    socket: res.socket,
    status(code: number) {
      status = code;
      res.status(code);
      return response;
    },
    header(name: string, value: unknown) {
      res.header(name, String(value));
      return response;
    },
    send(body?: unknown) {
      if (status < 400) res.send(body);
    },
    end() {
      if (res.headersSent) {
        if (!res.writableEnded) res.end();
        return;
      }
      if (status >= 400) res.json({ error: GENERIC[status] ?? (status >= 500 ? 'internal error' : 'refused') });
      else res.end();
    },
  };
  return response;
}
