import { barChartSvg } from '../../../dialogs/charts/barChartSvg';
import { renderPng } from '../../../dialogs/charts/renderPng';

const S = '\u00a0';

describe('the spending chart', () => {
  const rows = [
    { label: 'Logement', amountText: `950,00${S}€`, cents: 95000 },
    { label: 'Restaurants & bars <Paris>', amountText: `145,00${S}€`, cents: 14500 },
  ];

  it('writes each amount exactly as the text says it, labels escaped, bars in proportion', () => {
    const svg = barChartSvg('Dépenses du 1er au 31 octobre', rows);
    expect([...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1])).toEqual([
      'Dépenses du 1er au 31 octobre', 'Logement', `950,00${S}€`, 'Restaurants &amp; bars &lt;Paris&gt;', `145,00${S}€`,
    ]);
    expect([...svg.matchAll(/<rect x="170"[^>]*width="(\d+)"/g)].map((m) => Number(m[1]))).toEqual([326, 50]);
  });

  it('renders a PNG with the fonts of the repository\'s dependencies, not the system\'s', () => {
    const png = renderPng(barChartSvg('Dépenses', rows));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([640, 152]);
    expect(png.length).toBeLessThan(60_000);
  });
});
