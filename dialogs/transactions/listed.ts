/** Names in a sentence: "TfL", "RATP et SNCF", "BP, Esso and Shell". */
export function listed(names: readonly string[], and: string): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} ${and} ${names[names.length - 1]}`;
}
