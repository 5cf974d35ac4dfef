import { EventEmitter } from 'node:events';
import { guardProcess } from '../../bot/infra/processGuards';
import { capturedLog } from '../support/capturedLog';

describe('process guards', () => {
  it.each(['unhandledRejection', 'uncaughtException'])('log a %s by its name only, and keep the process', (event) => {
    const log = capturedLog();
    const target = new EventEmitter();
    guardProcess(log.logger, target);
    const error = new TypeError('Cannot read balance 12452.07 of Camille');
    expect(target.emit(event, error)).toBe(true);
    const [entry] = log.lines();
    expect(entry).toMatchObject({ level: 50, error: 'TypeError' });
    expect(entry.msg).toMatch(/still serving$/);
    expect(log.text()).not.toContain('Camille');
  });
});
