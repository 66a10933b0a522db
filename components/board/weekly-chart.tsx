"use client";
import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartWeek = { key: string; label: string; count: number; ship: boolean };

/** Bars of linked inquiries per week; the ship week in amber. The page shows the same data as a table. */
export function WeeklyBarChart({ weeks, label, countLabel }: { weeks: ChartWeek[]; label: string; countLabel: string }) {
  return (
    <div role="img" aria-label={label} className="h-56 w-full">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart data={weeks} margin={{ top: 8, right: 8, bottom: 0, left: -16 }}>
          <CartesianGrid vertical={false} stroke="#e2e8f0" />
          <XAxis dataKey="label" tickLine={false} axisLine={{ stroke: "#cbd5e1" }} tick={{ fontSize: 11, fill: "#64748b" }} interval="preserveStartEnd" />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} tick={{ fontSize: 11, fill: "#64748b" }} width={40} />
          <Tooltip cursor={{ fill: "#eef2ff" }} formatter={(value) => [value, countLabel]} labelStyle={{ color: "#0f172a" }}
            contentStyle={{ borderRadius: 6, borderColor: "#e2e8f0", fontSize: 12 }} />
          <Bar dataKey="count" radius={[3, 3, 0, 0]} maxBarSize={36} isAnimationActive={false}>
            {weeks.map((w) => <Cell key={w.key} fill={w.ship ? "#f59e0b" : "#6366f1"} />)}
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
