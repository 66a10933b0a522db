/**
 * A tiny inline SVG line of weekly counts (no chart library on the board: 250 cards). The numbers
 * themselves are in the accessible label, so nothing is only visual.
 */
export function Sparkline({ values, label, width = 72, height = 22 }: { values: number[]; label: string; width?: number; height?: number }) {
  const max = Math.max(1, ...values);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const points = values.map((v, i) => [2 + i * step, height - 2 - (v / max) * (height - 4)] as const);
  const line = points.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(" ");
  const last = points.at(-1);
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} className="shrink-0 overflow-visible">
      <title>{label}</title>
      <line x1={2} x2={width - 2} y1={height - 2} y2={height - 2} className="stroke-slate-200" strokeWidth={1} />
      {points.length > 1 && (
        <polyline points={line} fill="none" className="stroke-indigo-500" strokeWidth={1.5} strokeLinejoin="round" strokeLinecap="round" />
      )}
      {last && <circle cx={last[0]} cy={last[1]} r={2} className="fill-indigo-600" />}
    </svg>
  );
}
