/**
 * One line that rewrites itself on a terminal (a progress bar or a live figure), and prints nothing
 * elsewhere until `done`, so that logs and CI output stay readable.
 */
export class ProgressLine {
  private last = '';

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {}

  /** Shows `text`, replacing the previous line. */
  update(text: string): void {
    this.last = text;
    if (this.stream.isTTY) this.stream.write(`\r${text.padEnd(this.stream.columns ? this.stream.columns - 1 : 100).slice(0, (this.stream.columns ?? 101) - 1)}`);
  }

  /** Ends the line: with `text`, prints it in place of the bar (everywhere); without, keeps the bar (terminals only). */
  done(text?: string): void {
    if (this.stream.isTTY) this.stream.write(text === undefined ? '\n' : `\r${text.padEnd(this.last.length)}\n`);
    else if (text !== undefined) this.stream.write(`${text}\n`);
    this.last = '';
  }
}

/** `[#######.......]  45%`: a bar of `width` characters for a fraction between 0 and 1. */
export function bar(fraction: number, width = 24): string {
  const filled = Math.round(Math.max(0, Math.min(1, fraction)) * width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(fraction * 100)).padStart(3)}%`;
}
