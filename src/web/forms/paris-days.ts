// Calendar days as people in metropolitan France mean them, for date fields (yyyy-mm-dd).

const parisParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** One part ('year', 'month', 'hour'…) of Paris' wall clock at an instant, as written (e.g. "03"). */
function parisPart(at: Date, type: Intl.DateTimeFormatPartTypes): string {
  return parisParts.formatToParts(at).find((candidate) => candidate.type === type)?.value ?? '';
}

/** How far Paris' wall clock is ahead of UTC at an instant. */
function parisOffsetMs(at: Date): number {
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parisPart(at, type));
  const wallClock = Date.UTC(
    part('year'),
    part('month') - 1,
    part('day'),
    part('hour'),
    part('minute'),
    part('second'),
  );
  return wallClock - Math.floor(at.getTime() / 1000) * 1000;
}

/** The UTC instant of 00:00 in Paris on a YYYY-MM-DD day, or undefined when it is no real day. */
export function parisMidnight(day: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utcMidnight = Date.UTC(year, month - 1, date);
  const check = new Date(utcMidnight);
  if (year < 2000 || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== date) return undefined;
  // Paris is UTC+1 or UTC+2; clocks change at night, never at midnight.
  return new Date(utcMidnight - parisOffsetMs(new Date(utcMidnight)));
}

/** The last millisecond of a YYYY-MM-DD day in Paris (the instant before the next Paris midnight). */
export function parisEndOfDay(day: string): Date {
  const next = new Date(`${day}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  return new Date((parisMidnight(next.toISOString().slice(0, 10))?.getTime() ?? 0) - 1);
}

/** Today in Paris, as yyyy-mm-dd (the date field's format). */
export function todayInParis(now = new Date()): string {
  return `${parisPart(now, 'year')}-${parisPart(now, 'month')}-${parisPart(now, 'day')}`;
}
