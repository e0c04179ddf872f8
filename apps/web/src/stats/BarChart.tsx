import { Text } from '@mantine/core';
import { useId } from 'react';

export interface Bar {
  label: string;
  value: number;
  /** The value as the page shows it (locale digits). */
  text: string;
}

/**
 * A horizontal bar chart drawn with plain elements (no chart library: the dashboard stays light): each row is its
 * label (cut with an ellipsis when long), then the bar and the value, so it reads the same at 360 and 1280 px.
 * To assistive technology it is one image named by its title; the same figures are in the table below.
 */
export function BarChart({ title, bars, color }: { title: string; bars: Bar[]; color: string }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((b) => b.value));
  return (
    <figure style={{ margin: 0, minWidth: 0 }} aria-labelledby={id}>
      <figcaption id={id} style={{ fontWeight: 600, fontSize: 14, marginBottom: 6 }}>
        {title}
      </figcaption>
      <div role="img" aria-label={title}>
        {bars.map((bar) => (
          <div key={bar.label} style={{ marginBottom: 6 }}>
            <Text size="xs" c="dark.6" truncate="end" title={bar.label}>
              {bar.label}
            </Text>
            <div style={{ display: 'flex', alignItems: 'center', gap: 6 }}>
              {/* Up to 85% of the row for the longest bar; the rest keeps room for its value. */}
              <div style={{ height: 12, width: `${Math.max((bar.value / max) * 85, bar.value > 0 ? 0.8 : 0)}%`, background: color, borderRadius: 3 }} />
              <Text span size="xs" fw={600}>
                {bar.text}
              </Text>
            </div>
          </div>
        ))}
      </div>
    </figure>
  );
}
