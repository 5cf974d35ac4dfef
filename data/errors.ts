/** The data layer's own failures, typed so callers can tell a refused input from a bug. */
export class DataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * A dataset file the importer refuses. `path` names the first bad record and field
 * (`transactions[12].amount`), and the message repeats it for operators:
 * `transactions[12].amount: "12,5" is not a decimal amount`.
 */
export class DatasetError extends DataError {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(path ? `${path}: ${problem}` : problem);
  }
}

/** The database was written by a newer release: opening it with this one could corrupt what it added. */
export class SchemaTooNewError extends DataError {
  constructor(readonly found: number, readonly known: number) {
    super(
      `the database is at schema version ${found}, newer than this release knows (${known}): `
      + 'run the release that wrote it, or restore a backup made by this one',
    );
  }
}
