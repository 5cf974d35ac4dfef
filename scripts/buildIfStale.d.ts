/** Types of buildIfStale.js, for the tests that check its decision. */
export function isBuildUpToDate(root: string, current?: string): boolean;
export function buildIfStale(root: string, compile?: (root: string) => void): boolean;
