import { t } from '@/utils/i18n';
import { spokenDialString } from '@/utils/protocol/spoken-dial-string';
import { appendChild, createElementNS, setAttribute, SVG_NS } from './dom';

/** The background's QR path (utils/protocol/qr.ts) as SVG nodes: `d` set as an attribute, never markup. */
export function qrSvg(doc: Document, text: string, matrix: { size: number; path: string }): SVGSVGElement {
  const quiet = 4;
  const total = matrix.size + 2 * quiet;
  const px = total * Math.max(4, Math.ceil(180 / total));
  const svg = createElementNS.call(doc, SVG_NS, 'svg') as SVGSVGElement;
  const attrs: Record<string, string> = {
    viewBox: `0 0 ${total} ${total}`, width: String(px), height: String(px), role: 'img',
    // The dial string as a person reads it out ("#", not the tel: URI's "%23").
    'aria-label': t('qrToDial', spokenDialString(text, { pause: t('dialWordPause'), wait: t('dialWordWait') })),
    'shape-rendering': 'crispEdges',
  };
  for (const [k, v] of Object.entries(attrs)) setAttribute.call(svg, k, v);
  const background = createElementNS.call(doc, SVG_NS, 'rect');
  for (const [k, v] of Object.entries({ width: String(total), height: String(total), fill: '#fff' }))
    setAttribute.call(background, k, v);
  const modules = createElementNS.call(doc, SVG_NS, 'path');
  for (const [k, v] of Object.entries({ d: matrix.path, fill: '#000', transform: `translate(${quiet} ${quiet})` }))
    setAttribute.call(modules, k, v);
  appendChild.call(svg, background);
  appendChild.call(svg, modules);
  return svg;
}
