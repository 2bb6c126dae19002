import { formatDay } from '../calendar/format'
import type { Report, ReportSection } from './schema'

/** Heading of each section kind, shared by every format and the preview. */
export const SECTION_TITLES: Record<ReportSection['kind'], string> = {
  overview: 'Overall progress',
  categories: 'Progress by category',
  skills: 'Skills',
  notes: 'Notes',
  levels: 'Level readiness and goals',
  frameworks: 'Frameworks',
  activity: 'Study activity',
  evidence: 'Evidence',
}

/** "3 h 20 min" from minutes. */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** The date-range sentence under the title, or null when no range is set. */
export function rangeSentence({ from, to }: Report['range'], locale?: string): string | null {
  const day = (key: string): string => formatDay(key, locale)
  if (from && to) return `Notes, evidence and study activity from ${day(from)} to ${day(to)}.`
  if (from) return `Notes, evidence and study activity from ${day(from)} on.`
  if (to) return `Notes, evidence and study activity up to ${day(to)}.`
  return null
}

/** A skill's completion as text: "40%", or an em dash for a skipped skill. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${value}%`
}
