import { createEvents, type EventAttributes } from 'ics'
import { addDays, parseDayKey, type DayKey } from '../calendar/days'
import { formatMinutes } from '../study/time-words'
import type { PlanDay, PlanView } from './schema'

/** The calendar's name and the product that wrote it. */
const CALENDAR = { productId: 'groundwork/study-plan', calName: 'Groundwork study plan' }

/** A day's event id: the same day of the plan keeps it, so a second import updates the event in place. */
export function planEventUid(day: DayKey): string {
  return `plan-${day}@groundwork.study`
}

const dateArray = (day: DayKey): [number, number, number] => {
  const { year, month, day: date } = parseDayKey(day)
  return [year, month, date]
}

/** One all-day event for a study day with work or reviews planned. */
function eventOf(day: PlanDay, stamp: number): EventAttributes & { timestamp: number } {
  const work = day.items.reduce((sum, item) => sum + item.minutes, 0)
  const lines = day.items.map((item) => {
    const part = item.parts > 1 ? ` (part ${item.part} of ${item.parts})` : ''
    return `${item.skillTitle}: ${item.subtopicTitle}${part}, ${formatMinutes(item.minutes)}`
  })
  if (day.reviewCards > 0) lines.push(`Review: about ${day.reviewCards} cards, ${formatMinutes(day.reviewMinutes)}`)
  const count = day.items.length
  return {
    uid: planEventUid(day.day),
    start: dateArray(day.day),
    end: dateArray(addDays(day.day, 1)),
    title:
      count > 0
        ? `Study: ${count} sub-topic${count === 1 ? '' : 's'}, ${formatMinutes(work + day.reviewMinutes)}`
        : `Study: reviews, ${formatMinutes(day.reviewMinutes)}`,
    description: lines.join('\n'),
    busyStatus: 'FREE',
    transp: 'TRANSPARENT',
    // Calendars keep the newest version of an event by its sequence: later exports count higher.
    sequence: Math.max(0, Math.floor(stamp / 1000) - 1_700_000_000),
    timestamp: stamp,
  }
}

/** The plan as an iCalendar file: one event per study day with something planned, stamped at `now`. */
export function planIcs(view: PlanView, now: Date): { text: string; events: number } {
  const events = view.weeks
    .flatMap((week) => week.days)
    .filter((day) => day.items.length > 0 || day.reviewMinutes > 0)
    .map((day) => eventOf(day, now.getTime()))
  if (events.length === 0) return { text: '', events: 0 }
  const { error, value } = createEvents(events, CALENDAR)
  if (error || value === null) throw error ?? new Error('The calendar file could not be written.')
  return { text: value, events: events.length }
}
