import { BadRequestError } from '../infra/errors';
import { jsonShapeProblem } from './jsonShape';

/**
 * Refuses a body that is not an activity before the adapter sees it: `CloudAdapter.process` validates
 * outside its own error handling, so `{}` would otherwise become an unhandled rejection or a 500.
 */
export function checkActivity(body: unknown): void {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw new BadRequestError('body must be an activity object');
  const activity = body as Record<string, unknown>;
  requireString(activity, 'type');
  requireString(activity, 'channelId');
  requireString(activity, 'serviceUrl');
  requireObjectWithId(activity, 'conversation');
  requireObjectWithId(activity, 'from');
  if (activity.text !== undefined && typeof activity.text !== 'string') throw new BadRequestError('text must be a string');
  const shape = jsonShapeProblem(body);
  if (shape) throw new BadRequestError(shape);
}

function requireString(activity: Record<string, unknown>, field: string): void {
  if (typeof activity[field] !== 'string' || activity[field] === '') throw new BadRequestError(`${field} is required`);
}

function requireObjectWithId(activity: Record<string, unknown>, field: string): void {
  const value = activity[field] as Record<string, unknown> | undefined;
  if (typeof value !== 'object' || value === null || typeof value.id !== 'string' || value.id === '') {
    throw new BadRequestError(`${field}.id is required`);
  }
}
