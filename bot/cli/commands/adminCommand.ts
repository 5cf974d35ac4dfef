import type { Config } from '../../infra/config';
import type { Db } from '../../../data/database';

export interface AdminContext {
  db: Db;
  config: Config;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** One operator command: takes its arguments, prints, returns the process exit code (awaited if a promise). */
export type AdminCommand = (args: string[], context: AdminContext) => number | Promise<number>;
