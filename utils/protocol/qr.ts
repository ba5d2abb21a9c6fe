/** QR code modules for a text, via the `qrcode` library; rendering is left to the UI (SVG rects, no HTML strings). */
import QRCode from 'qrcode';

export interface QrMatrix {
  size: number;
  /** Row-major, true = dark module. */
  dark: (x: number, y: number) => boolean;
}

export function qrMatrix(text: string): QrMatrix {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
  return { size: modules.size, dark: (x, y) => Boolean(modules.get(y, x)) };
}

/** One SVG path `d` for all dark modules: a single element, cheap to render anywhere. */
export function qrPath(matrix: QrMatrix): string {
  let d = '';
  for (let y = 0; y < matrix.size; y++)
    for (let x = 0; x < matrix.size; x++) if (matrix.dark(x, y)) d += `M${x} ${y}h1v1h-1z`;
  return d;
}
