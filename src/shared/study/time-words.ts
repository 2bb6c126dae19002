// How study time and day counts are written, apart from the report's text so the first screen
// (the Dashboard's streak and week) needs only these lines.

/**
 * "3 h 20 min" from minutes, the one way study time is written (views, dashboard, reports).
 * Time that is there but under a minute reads "under 1 min", never "0 min".
 */
export function formatMinutes(minutes: number): string {
  if (minutes > 0 && minutes < 1) return 'under 1 min'
  const whole = Math.round(minutes)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** "1 day", "3 days". */
export function dayCount(days: number): string {
  return `${days} ${days === 1 ? 'day' : 'days'}`
}
