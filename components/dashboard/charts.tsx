"use client";
import {
  Bar, BarChart, CartesianGrid, Cell, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis,
} from "recharts";

export type ComparisonRow = { key: string; label: string; current: number; previous: number; color: string };

const axisTick = { fontSize: 11, fill: "#64748b" };
const tooltipStyle = { borderRadius: 6, borderColor: "#e2e8f0", fontSize: 12 };

/**
 * This week (colored) beside the previous week (grey), one pair of horizontal bars per row, so
 * long tag names and Korean labels fit. The card shows the same numbers as a table.
 */
export function ComparisonBarChart({ rows, label, names }: {
  rows: ComparisonRow[];
  label: string;
  names: { current: string; previous: string };
}) {
  const height = Math.max(140, rows.length * 38 + 36);
  return (
    <div role="img" aria-label={label} className="w-full" style={{ height }} data-testid="dashboard-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={rows} layout="vertical" margin={{ top: 0, right: 12, bottom: 0, left: 0 }} barGap={1} barCategoryGap="22%">
          <CartesianGrid horizontal={false} stroke="#e2e8f0" />
          <XAxis type="number" allowDecimals={false} tickLine={false} axisLine={false} tick={axisTick} />
          <YAxis type="category" dataKey="label" width={96} tickLine={false} axisLine={{ stroke: "#cbd5e1" }} tick={axisTick} interval={0} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} contentStyle={tooltipStyle} labelStyle={{ color: "#0f172a" }} />
          <Bar dataKey="current" name={names.current} radius={[0, 3, 3, 0]} maxBarSize={14} isAnimationActive={false}>
            {rows.map((r) => <Cell key={r.key} fill={r.color} />)}
          </Bar>
          <Bar dataKey="previous" name={names.previous} fill="#cbd5e1" radius={[0, 3, 3, 0]} maxBarSize={14} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

export type TrendSeries = { key: string; name: string; color: string };
export type TrendPoint = { key: string; label: string; total: number } & Record<string, number | string>;

/** Weekly inquiries stacked by customer type, with the total as a line. */
export function TrendChart({ points, series, totalName, label }: {
  points: TrendPoint[];
  series: TrendSeries[];
  totalName: string;
  label: string;
}) {
  return (
    <div role="img" aria-label={label} className="h-72 w-full" data-testid="dashboard-trend-chart">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#cbd5e1" }} tick={axisTick} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={axisTick} width={44} />
          <Tooltip cursor={{ fill: "#f1f5f9" }} contentStyle={tooltipStyle} labelStyle={{ color: "#0f172a" }} />
          <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#475569" }}>{value}</span>} />
          {series.map((s, i) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} stackId="types" fill={s.color} maxBarSize={36} isAnimationActive={false}
              radius={i === series.length - 1 ? [3, 3, 0, 0] : undefined} />
          ))}
          <Line type="monotone" dataKey="total" name={totalName} stroke="#0f172a" strokeWidth={2} dot={{ r: 2.5 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
