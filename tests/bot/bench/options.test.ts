import { parseBenchOptions } from '../../../bot/bench/options';

describe('npm run bench options', () => {
  it('runs on SQLite unless --engine postgres, and keeps --quick beside it', () => {
    expect(parseBenchOptions([]).engine).toBe('sqlite');
    expect(parseBenchOptions(['--engine', 'postgres', '--quick'])).toMatchObject({ engine: 'postgres', quick: true, customers: 2_000, duration: 3 });
  });

  it('refuses another engine, naming the two it knows', () => {
    expect(() => parseBenchOptions(['--engine', 'mysql'])).toThrow('--engine needs sqlite or postgres');
    expect(() => parseBenchOptions(['--engine'])).toThrow('--engine needs sqlite or postgres');
  });
});
