/** A QR code as one inline SVG <path>: white background, 4-module quiet zone, no HTML strings. */
import { useMemo } from 'preact/hooks';
import { qrMatrix, qrPath } from '../utils/protocol/qr';

const QUIET_ZONE = 4;

export function QrCode({ text, label, size = 200 }: { text: string; label: string; size?: number }) {
  const { modules, d } = useMemo(() => {
    const matrix = qrMatrix(text);
    return { modules: matrix.size, d: qrPath(matrix) };
  }, [text]);
  const extent = modules + 2 * QUIET_ZONE;
  return (
    <svg
      class="qr-code"
      role="img"
      aria-label={label}
      width={size}
      height={size}
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${extent} ${extent}`}
      shape-rendering="crispEdges"
      xmlns="http://www.w3.org/2000/svg"
    >
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={extent} height={extent} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
