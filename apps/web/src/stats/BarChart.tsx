import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** The value as the page shows it (locale digits). */
  text: string;
}

const ROW = 36;

/**
 * A horizontal bar chart in plain SVG (no chart library: the dashboard stays light): each row is the label, then
 * its bar and value, so it reads the same at 360 and 1280 px. The same figures are in the table below.
 */
export function BarChart({ title, bars, color }: { title: string; bars: Bar[]; color: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <figure style={{ margin: 0, minWidth: 0 }} aria-labelledby={id}>
      <figcaption id={id} style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>
        {title}
      </figcaption>
      <svg width="100%" height={height} role="img" aria-label={title} style={{ display: 'block' }}>
        {bars.map((bar, i) => {
          // Up to 85% of the width for the longest bar; the rest keeps room for its value.
          const width = (bar.value / max) * 85;
          const y = i * ROW;
          return (
            <g key={bar.label}>
              <text x={0} y={y + 12} fontSize={12} fill="var(--mantine-color-dark-6)">
                {bar.label.length > 48 ? `${bar.label.slice(0, 47)}…` : bar.label}
              </text>
              <rect x={0} y={y + 17} width={`${Math.max(width, bar.value > 0 ? 0.8 : 0)}%`} height={12} rx={3} fill={color} />
              <text x={`${width + 1.5}%`} y={y + 27} fontSize={12} fontWeight={600} fill="var(--mantine-color-dark-7)">
                {bar.text}
              </text>
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
