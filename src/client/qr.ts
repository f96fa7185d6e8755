/**
 * A QR code of an address, drawn as SVG with DOM calls, for the printed result sheet. The encoder
 * (uqr) is loaded only when a result is shown, so the checker's first load stays within its budget.
 */
const SVG = 'http://www.w3.org/2000/svg';

export async function qrCode(text: string, label: string): Promise<SVGSVGElement> {
  const { encode } = await import('uqr');
  // Low error correction keeps a long address at a version a phone camera still reads from paper.
  const { data, size } = encode(text, { ecc: 'L', border: 2 });
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  const background = document.createElementNS(SVG, 'rect');
  background.setAttribute('width', String(size));
  background.setAttribute('height', String(size));
  background.setAttribute('fill', '#fff');
  const path = document.createElementNS(SVG, 'path');
  let d = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    }),
  );
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(background, path);
  return svg;
}
