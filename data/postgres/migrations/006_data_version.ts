/**
 * A change counter for the caches kept until the bank's data changes (SQLite's `PRAGMA data_version`
 * has no PostgreSQL twin): every statement that writes the customers, accounts or transactions moves
 * a sequence, whichever process or connection runs it (`data/dataVersion.ts` reads it). A sequence,
 * not a counter row: `nextval` takes no row lock, so writers in several processes never queue on it.
 */
export const dataVersion = `
CREATE SEQUENCE bank_data_version;
CREATE FUNCTION bump_bank_data_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM nextval('bank_data_version');
  RETURN NULL;
END
$$;
CREATE TRIGGER customers_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON customers
  FOR EACH STATEMENT EXECUTE FUNCTION bump_bank_data_version();
CREATE TRIGGER accounts_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON accounts
  FOR EACH STATEMENT EXECUTE FUNCTION bump_bank_data_version();
CREATE TRIGGER transactions_data_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON transactions
  FOR EACH STATEMENT EXECUTE FUNCTION bump_bank_data_version();
`;
