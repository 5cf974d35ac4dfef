/**
 * SVG to PNG with resvg (Rust, no browser, no canvas). Fonts come from the `dejavu-fonts-ttf` package,
 * never from the system, so a chart looks the same on a bare CI machine as on a laptop.
 */
import { Resvg } from '@resvg/resvg-js';
import { dirname, join } from 'node:path';
import { CHART_FONT_FAMILY } from './barChartSvg';

const FONT_DIRECTORY = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const FONT_FILES = ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'].map((file) => join(FONT_DIRECTORY, file));

export function renderPng(svg: string): Buffer {
  const resvg = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: FONT_FILES, defaultFontFamily: CHART_FONT_FAMILY },
    background: '#ffffff',
  });
  return resvg.render().asPng();
}
