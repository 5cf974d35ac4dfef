import { Pool } from 'pg';

/** True for the URLs that select PostgreSQL (`DATABASE_URL=postgres://…` or `postgresql://…`). */
export function isPostgresUrl(url: string | undefined): url is string {
  return url !== undefined && /^postgres(ql)?:\/\//.test(url);
}

/** A connection pool; a connection that fails while idle is logged by the caller, never thrown. */
export function openPostgresPool(url: string, onIdleError: (error: Error) => void = () => undefined): Pool {
  const pool = new Pool({ connectionString: url, max: 10 });
  pool.on('error', onIdleError);
  return pool;
}
