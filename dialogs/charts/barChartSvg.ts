/**
 * A horizontal bar chart as SVG text: one bar per row, its label on the left and its amount, already
 * formatted as the text answer says it, at the end of the bar, so that the picture and the words show
 * the same figures to the cent. Pure; the PNG is rendered from it by resvg (`renderPng.ts`).
 */
export interface ChartRow {
  label: string;
  /** The amount as the text answer shows it ("182,00 €"). */
  amountText: string;
  cents: number;
}

export const CHART_FONT_FAMILY = 'DejaVu Sans';
const WIDTH = 640;
const ROW_HEIGHT = 40;
const TOP = 56;
const LABEL_WIDTH = 170;
const AMOUNT_ROOM = 120;
const COLORS = ['#1f6feb', '#2da44e', '#bf8700', '#cf222e', '#8250df', '#1b7c83', '#9a6700', '#57606a'];

export function barChartSvg(title: string, rows: readonly ChartRow[]): string {
  const height = TOP + rows.length * ROW_HEIGHT + 16;
  const largest = Math.max(1, ...rows.map((r) => r.cents));
  const barRoom = WIDTH - LABEL_WIDTH - AMOUNT_ROOM - 24;
  const bars = rows.map((row, index) => {
    const y = TOP + index * ROW_HEIGHT;
    // A ratio for drawing, never money: the figures shown are the formatted strings.
    const width = Math.max(2, Math.round((row.cents / largest) * barRoom));
    return [
      `<text x="${LABEL_WIDTH - 8}" y="${y + 22}" text-anchor="end" font-size="15" fill="#24292f">${escapeXml(row.label)}</text>`,
      `<rect x="${LABEL_WIDTH}" y="${y + 6}" width="${width}" height="24" rx="3" fill="${COLORS[index % COLORS.length]}"/>`,
      `<text x="${LABEL_WIDTH + width + 8}" y="${y + 22}" font-size="15" fill="#24292f">${escapeXml(row.amountText)}</text>`,
    ].join('');
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" `
    + `font-family="${CHART_FONT_FAMILY}"><rect width="100%" height="100%" fill="#ffffff"/>`
    + `<text x="16" y="32" font-size="19" font-weight="bold" fill="#24292f">${escapeXml(title)}</text>${bars.join('')}</svg>`;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
