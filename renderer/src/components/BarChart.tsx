/**
 * A small horizontal bar chart in SVG. Each bar has its name above it and its value written beside it, so nothing
 * depends on reading the bar's length or its colour; the whole chart is one image to assistive technology, named
 * by a summary that gives every value. Bars go right of the zero line for positive values and left for negative.
 */
import { useMantineTheme } from '@mantine/core';

export interface Bar {
  key: string;
  label: string;
  value: number;
  /** The value as written beside the bar ("+9 months"). */
  valueText: string;
  /** Progress (drawn in the primary colour) or not (orange); null for neither. */
  good: boolean | null;
  /** A colour of its own (a CSS colour), for bars that are not progress or its lack: which figure a bar shows. */
  colour?: string;
}

const WIDTH = 720;
const ROW = 50;
const BAR = 18;
/** Room for the value written beyond the end of the longest bar. */
const VALUE_ROOM = 130;

/** `scaleTo` fixes the longest bar's reach (100 for percentages), unless a value goes beyond it. */
export function BarChart({ bars, summary, scaleTo = 0 }: { bars: Bar[]; summary: string; scaleTo?: number }) {
  const theme = useMantineTheme();
  const max = Math.max(...bars.map((b) => Math.abs(b.value)), scaleTo) || 1;
  const negatives = bars.some((b) => b.value < 0);
  const positives = bars.some((b) => b.value > 0);
  const span = WIDTH - VALUE_ROOM * (negatives && positives ? 2 : 1);
  const zero = negatives ? (positives ? WIDTH / 2 : WIDTH - 8) : 8;
  const scale = (negatives && positives ? span / 2 : span - 8) / max;
  const colour = (b: Bar) => b.colour ?? (b.good === false ? theme.colors.orange[9] : b.good ? theme.colors.teal[8] : theme.colors.gray[7]);
  const height = bars.length * ROW + 8;
  return (
    <svg role="img" aria-label={summary} viewBox={`0 0 ${WIDTH} ${height}`} width="100%" style={{ maxWidth: WIDTH, height: 'auto', display: 'block' }}>
      <line x1={zero} x2={zero} y1={0} y2={height} stroke="var(--mantine-color-text)" strokeWidth={1} />
      {bars.map((b, n) => {
        const y = n * ROW;
        const length = Math.max(Math.abs(b.value) * scale, b.value === 0 ? 0 : 2);
        const x = b.value < 0 ? zero - length : zero;
        const end = b.value < 0 ? x - 6 : x + length + 6;
        return (
          <g key={b.key} data-bar={b.label}>
            <text x={negatives && !positives ? 8 : zero + 6} y={y + 16} fontSize={14} fill="var(--mantine-color-text)">
              {b.label}
            </text>
            <rect x={x} y={y + 24} width={length} height={BAR} rx={3} fill={colour(b)} />
            <text x={end} y={y + 24 + BAR - 4} fontSize={14} fontWeight={700} textAnchor={b.value < 0 ? 'end' : 'start'} fill="var(--mantine-color-text)">
              {b.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
