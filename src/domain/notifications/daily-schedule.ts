// When the daily digest runs: every day at a whole hour of a time zone's wall clock (Europe/Paris),
// whatever the daylight-saving time.

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockOf(at: Date, timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  const parts = Object.fromEntries(
    formatter.formatToParts(at).map((part) => [part.type, Number(part.value)]),
  );
  return {
    year: parts.year ?? 0,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
  };
}

/** The instant at which the zone's clock shows `hour`:00 on a calendar day (given as a UTC date). */
function instantAt(day: Date, hour: number, timeZone: string): Date {
  const target = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour);
  let guess = target;
  // Two corrections settle the zone's offset (it changes at most once around the guess).
  for (let round = 0; round < 2; round += 1) {
    const clock = wallClockOf(new Date(guess), timeZone);
    const shown = Date.UTC(clock.year, clock.month - 1, clock.day, clock.hour, clock.minute);
    guess += target - shown;
  }
  return new Date(guess);
}

/** The first instant strictly after `now` at which the zone's clock reads `hour`:00. */
export function nextDailyRun(now: Date, hour: number, timeZone = 'Europe/Paris'): Date {
  const clock = wallClockOf(now, timeZone);
  const today = new Date(Date.UTC(clock.year, clock.month - 1, clock.day));
  const candidate = instantAt(today, hour, timeZone);
  if (candidate.getTime() > now.getTime()) return candidate;
  const tomorrow = new Date(today.getTime() + 86_400_000);
  return instantAt(tomorrow, hour, timeZone);
}

/** The zone's calendar day of an instant, as YYYY-MM-DD (the digests are counted per day). */
export function calendarDay(at: Date, timeZone = 'Europe/Paris'): string {
  const { year, month, day } = wallClockOf(at, timeZone);
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
