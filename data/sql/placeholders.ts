/**
 * `@name` parameters to PostgreSQL's `$n`, the same name getting the same number. Quoted strings and
 * identifiers are copied as they are, so an `@` inside a literal is not a parameter.
 */
export interface NumberedQuery {
  text: string;
  /** The parameter names in `$n` order. */
  names: string[];
}

const TOKENS = /'(?:[^']|'')*'|"(?:[^"]|"")*"|@([A-Za-z_][A-Za-z0-9_]*)/g;

export function numberPlaceholders(sql: string): NumberedQuery {
  const names: string[] = [];
  const text = sql.replace(TOKENS, (token, name: string | undefined) => {
    if (name === undefined) return token;
    let index = names.indexOf(name);
    if (index < 0) index = names.push(name) - 1;
    return `$${index + 1}`;
  });
  return { text, names };
}
