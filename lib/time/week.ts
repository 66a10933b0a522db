/**
 * Weeks run Monday to Sunday in the organization's time zone (DESIGN.md). Pure: the zone comes in
 * as a parameter. Week starts are returned as the UTC instant of Monday 00:00 local time.
 */
// Building an Intl.DateTimeFormat costs far more than using one: keep one per zone.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone, hourCycle: "h23", year: "numeric", month: "2-digit", day: "2-digit",
      hour: "2-digit", minute: "2-digit", second: "2-digit", weekday: "short",
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function zonedParts(date: Date, timeZone: string) {
  const parts = formatter(timeZone).formatToParts(date);
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return {
    year: Number(get("year")), month: Number(get("month")), day: Number(get("day")),
    hour: Number(get("hour")), minute: Number(get("minute")), second: Number(get("second")),
    weekday: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(get("weekday")),
  };
}

/** Offset of the zone from UTC at `date`, in milliseconds (local − UTC). */
export function zoneOffsetMs(date: Date, timeZone: string): number {
  const p = zonedParts(date, timeZone);
  const asUtc = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return asUtc - Math.floor(date.getTime() / 1000) * 1000;
}

/** Monday 00:00 (local) of the week containing `date`, as a UTC instant. */
export function weekStart(date: Date, timeZone: string): Date {
  const p = zonedParts(date, timeZone);
  const localMidnightAsUtc = Date.UTC(p.year, p.month - 1, p.day - p.weekday);
  // Resolve local midnight to an instant with the offset that applies then (DST-safe enough:
  // recomputed at the candidate instant).
  const guess = localMidnightAsUtc - zoneOffsetMs(new Date(localMidnightAsUtc), timeZone);
  return new Date(localMidnightAsUtc - zoneOffsetMs(new Date(guess), timeZone));
}

/** The week start `weeks` weeks after (negative: before) the given week start. */
export function addWeeks(start: Date, weeks: number, timeZone: string): Date {
  return weekStart(new Date(start.getTime() + weeks * 7 * 86_400_000 + 12 * 3_600_000), timeZone);
}
