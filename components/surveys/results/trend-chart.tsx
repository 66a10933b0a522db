"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type TrendPoint = {
  key: string;
  label: string;
  /** Percent 0–100, null when the week has no such response. */
  csat: number | null;
  cesEasy: number | null;
  responses: number;
};

/**
 * CSAT and CES-easy shares per week (lines, left axis in %) over the responses (bars, right
 * axis). Decorative for assistive tech: the section has the same numbers as a table.
 */
export function SurveyTrendChart({ points, label, names }: {
  points: TrendPoint[];
  label: string;
  names: { csat: string; cesEasy: string; responses: string };
}) {
  return (
    <div role="img" aria-label={label} className="h-64 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: -12 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#cbd5e1" }} tick={{ fontSize: 11, fill: "#64748b" }} interval="preserveStartEnd" />
          <YAxis yAxisId="share" domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} unit="%" tickLine={false} axisLine={false}
            tick={{ fontSize: 11, fill: "#64748b" }} width={48} />
          <YAxis yAxisId="count" orientation="right" allowDecimals={false} tickLine={false} axisLine={false}
            tick={{ fontSize: 11, fill: "#94a3b8" }} width={40} />
          <Tooltip
            labelStyle={{ color: "#0f172a" }}
            contentStyle={{ borderRadius: 6, borderColor: "#e2e8f0", fontSize: 12 }}
            formatter={(value, name) => [name === names.responses ? value : value === null || value === undefined ? "—" : `${value}%`, name]}
          />
          <Legend iconSize={10} wrapperStyle={{ fontSize: 12 }} formatter={(value) => <span style={{ color: "#475569" }}>{value}</span>} />
          <Bar yAxisId="count" dataKey="responses" name={names.responses} fill="#c7d2fe" radius={[3, 3, 0, 0]} maxBarSize={32} isAnimationActive={false} />
          <Line yAxisId="share" type="monotone" dataKey="csat" name={names.csat} stroke="#4f46e5" strokeWidth={2}
            dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
          <Line yAxisId="share" type="monotone" dataKey="cesEasy" name={names.cesEasy} stroke="#059669" strokeWidth={2}
            dot={{ r: 3 }} connectNulls={false} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
