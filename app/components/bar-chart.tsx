import { useId } from "react";

/** `value` is null when the number is hidden; `shown` is how it reads either way. */
export type Bar = { label: string; value: number | null; shown: string };

/**
 * A horizontal bar chart in SVG that reads as one image with a title and a description listing every value;
 * the same numbers are in a table beside it. Bars whose value is hidden are drawn as a dash.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const id = useId();
  const max = Math.max(1, ...bars.map((bar) => bar.value ?? 0));
  const width = 360;
  // A label longer than its 150 units (about 20 characters of 13px text: "Modelo tradicional de EE. UU.") would run
  // under its bar, and shrinking the chart to fit would make every word tiny on a phone: such charts put each
  // label on its own line above its bar instead.
  const stacked = bars.some((bar) => bar.label.length * 7.2 > 142);
  const labelWidth = stacked ? 0 : 150;
  const rowHeight = stacked ? 42 : 28;
  const barTop = stacked ? 18 : 0;
  return (
    <svg
      className="bar-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${width} ${bars.length * rowHeight + 8}`}
      width="100%"
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((bar) => `${bar.label}: ${bar.shown}`).join("; ")}</desc>
      {bars.map((bar, index) => {
        const y = index * rowHeight + 4;
        const hidden = bar.value === null;
        const length = ((width - labelWidth - 40) * (bar.value ?? 0)) / max;
        return (
          <g key={bar.label}>
            <text x={0} y={y + 17} className="bar-chart__label">
              {bar.label}
            </text>
            {hidden ? (
              <line
                x1={labelWidth}
                x2={labelWidth + 12}
                y1={y + barTop + 12}
                y2={y + barTop + 12}
                className="bar-chart__dash"
              />
            ) : (
              <rect x={labelWidth} y={y + barTop + 4} width={length} height={16} className="bar-chart__bar" />
            )}
            <text x={labelWidth + (hidden ? 18 : length + 6)} y={y + barTop + 17} className="bar-chart__value">
              {bar.shown}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
