import { addDays, weekStart, type DayKey } from '../calendar/days'
import { formatDay } from '../calendar/format'
import { formatMinutes } from '../study/time-words'
import type { LevelId } from '../curriculum/levels'
import type { PlanState } from '../schemas/plan'
import { MAX_HOURS_PER_WEEK } from '../schemas/plan'
import { loadsOf, minutesPerStudyDay, planDayBases, roomOf, type DayLoad, type PlanDayBase } from './day-loads'
import { fillDays, type Placed, type Work } from './fill'
import { reviewMinutesOf } from './review-load'
import type { PlanChoice, PlanDay, PlanFit, PlanItem, PlanStatus, PlanView, PlanWeek } from './schema'

/** Most days a plan reaches ahead (about three years); a date further off is planned up to here. */
export const MAX_PLAN_DAYS = 1100

/** One open sub-topic as the planner sees it, in curriculum order. */
export interface WorkItem {
  key: string
  skillId: string
  subtopicId: string
  skillTitle: string
  subtopicTitle: string
  effort: number
  defaultEffort: number
  later: boolean
}

/** Everything a plan is worked out from; the same input always gives the same plan. */
export interface PlanInput {
  /** The learner's calendar day now, in their zone. */
  today: DayKey
  level: LevelId
  levelTitle: string
  targetDate: DayKey | null
  options: PlanState
  /** Every sub-topic not done, in curriculum order (those left for later marked). */
  work: readonly WorkItem[]
  /** Cards the scheduler expects due per day, up to at least MAX_PLAN_DAYS from today. */
  reviewCards: ReadonlyMap<DayKey, number>
  cardsDue: number
  /** Minutes studied today. */
  studiedToday: number
  preview: PlanChoice | null
}

const later = (a: DayKey, b: DayKey): DayKey => (a > b ? a : b)

/** Why no plan can be made (or 'ready'), and what to tell the learner. */
function statusOf(input: PlanInput, from: DayKey, open: number): { status: PlanStatus; message: string | null } {
  const { hoursPerWeek, studyDays } = input.options
  if (open === 0)
    return { status: 'nothing-left', message: 'Every sub-topic is done or left for later: nothing to plan.' }
  if (hoursPerWeek === null || hoursPerWeek <= 0 || minutesPerStudyDay(hoursPerWeek, studyDays) === 0)
    return { status: 'no-hours', message: 'Set the hours a week you can study and your study days to get a plan.' }
  if (input.targetDate === null)
    return { status: 'no-target-date', message: `Set a target date for ${input.levelTitle} to plan up to it.` }
  if (input.targetDate <= from) {
    const when =
      input.targetDate < input.today
        ? 'has passed'
        : input.targetDate === input.today
          ? 'is today'
          : 'comes before the plan starts'
    return {
      status: 'date-passed',
      message: `The target date, ${formatDay(input.targetDate)}, ${when}: pick a later date to plan the work left.`,
    }
  }
  return { status: 'ready', message: null }
}

/** Plan items from placed parts, numbered part 1 of n per sub-topic. */
function itemsOf(placed: readonly Placed[], left: readonly Work[], byKey: ReadonlyMap<string, WorkItem>) {
  const parts = new Map<string, number>()
  for (const p of [...placed, ...left]) parts.set(p.key, (parts.get(p.key) ?? 0) + 1)
  const seen = new Map<string, number>()
  const item = (key: string, minutes: number): PlanItem => {
    const work = byKey.get(key)!
    const part = (seen.get(key) ?? 0) + 1
    seen.set(key, part)
    return {
      key,
      skillId: work.skillId,
      subtopicId: work.subtopicId,
      skillTitle: work.skillTitle,
      subtopicTitle: work.subtopicTitle,
      minutes,
      effort: work.effort,
      defaultEffort: work.defaultEffort,
      part,
      parts: parts.get(key)!,
    }
  }
  const onDays = placed.map((p) => ({ day: p.day, item: item(p.key, p.minutes) }))
  return { onDays, unplanned: left.map((w) => item(w.key, w.minutes)) }
}

/** The days grouped in weeks, Monday to Sunday (a week starts at a Monday or at the first day). */
function weeksOf(days: readonly PlanDay[]): PlanWeek[] {
  const weeks: PlanWeek[] = []
  let week: PlanWeek | undefined
  for (const day of days) {
    if (!week || day.weekday === 0) {
      week = { start: week ? day.day : weekStart(day.day), days: [], workMinutes: 0, reviewMinutes: 0 }
      weeks.push(week)
    }
    week.days.push(day)
    week.workMinutes += day.items.reduce((sum, item) => sum + item.minutes, 0)
    week.reviewMinutes += day.reviewMinutes
  }
  return weeks
}

function daysInput(input: PlanInput) {
  return {
    today: input.today,
    studyDays: input.options.studyDays,
    reviewCards: input.reviewCards,
    studiedToday: input.studiedToday,
  }
}

/** Room for sub-topics on the days at `hoursPerWeek`. */
function roomAt(bases: readonly PlanDayBase[], hoursPerWeek: number, studyDays: readonly number[]): number {
  const perDay = minutesPerStudyDay(hoursPerWeek, studyDays)
  return bases.reduce((sum, base) => sum + roomOf(base, perDay), 0)
}

/** When the work does not fit: the first date it fits by at these hours, and the hours it needs by the date. */
function suggestionsFor(input: PlanInput, from: DayKey, until: DayKey, work: number): PlanView['suggestions'] {
  const { hoursPerWeek: hours, studyDays } = input.options
  const bases = planDayBases(daysInput(input), from, addDays(input.today, MAX_PLAN_DAYS))
  let laterDate: DayKey | null = null
  const perDay = minutesPerStudyDay(hours ?? 0, studyDays)
  let room = 0
  for (const base of perDay > 0 ? bases : []) {
    room += roomOf(base, perDay)
    if (room >= work) {
      laterDate = later(addDays(base.day, 1), addDays(until, 1))
      break
    }
  }
  const before = bases.filter((base) => base.day < until)
  let hoursPerWeek: number | null = null
  if (before.length > 0 && roomAt(before, MAX_HOURS_PER_WEEK, studyDays) >= work) {
    // Half hours, found by halving the range: room grows with the hours.
    let low = Math.floor((hours ?? 0) * 2)
    let high = MAX_HOURS_PER_WEEK * 2
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2)
      if (roomAt(before, mid / 2, studyDays) >= work) high = mid
      else low = mid
    }
    hoursPerWeek = high / 2
  }
  return { laterDate, hoursPerWeek }
}

/**
 * The study plan: the open sub-topics spread evenly over the study days from today (or the start
 * day) up to the target date, with the reviews FSRS predicts; what does not fit is named with
 * figures, and choices to make it fit are suggested.
 */
export function buildPlan(input: PlanInput): PlanView {
  const from = later(input.today, input.options.startDay ?? input.today)
  const openItems = input.work.filter((w) => !w.later)
  const byKey = new Map(input.work.map((w) => [w.key, w]))
  const { status, message } = statusOf(input, from, openItems.length)
  const cap = addDays(from, MAX_PLAN_DAYS)
  const until = input.targetDate === null ? from : input.targetDate > cap ? cap : input.targetDate
  const perDay = minutesPerStudyDay(input.options.hoursPerWeek ?? 0, input.options.studyDays)
  const loads: DayLoad[] = status === 'ready' ? loadsOf(planDayBases(daysInput(input), from, until), perDay) : []
  const work = openItems.map((w) => ({ key: w.key, minutes: w.effort }))
  const workMinutes = work.reduce((sum, w) => sum + w.minutes, 0)
  const { placed, left } = fillDays(loads, work)
  const { onDays, unplanned } = itemsOf(placed, left, byKey)
  const days: PlanDay[] = loads.map((load) => ({
    day: load.day,
    weekday: load.weekday,
    studyDay: load.studyDay,
    capacityMinutes: load.capacity,
    reviewCards: load.reviewCards,
    reviewMinutes: load.reviewMinutes,
    items: [],
  }))
  for (const { day, item } of onDays) days[day]!.items.push(item)

  const shortMinutes = unplanned.reduce((sum, item) => sum + item.minutes, 0)
  const reviewMinutes = loads.reduce((sum, load) => sum + load.reviewMinutes, 0)
  const freeMinutes = loads.reduce((sum, load) => sum + load.capacity, 0)
  const fits = shortMinutes === 0 && status !== 'date-passed'
  const fit: PlanFit = {
    fits: fits && status !== 'no-hours' && status !== 'no-target-date',
    workMinutes,
    reviewMinutes,
    freeMinutes,
    shortMinutes,
    unplanned,
    message:
      !fits && input.targetDate !== null && (status === 'ready' || status === 'date-passed')
        ? `${formatMinutes(workMinutes + reviewMinutes)} left, ${formatMinutes(freeMinutes)} free before ${formatDay(input.targetDate)}.`
        : null,
  }
  const slack = loads.reduce((sum, load) => sum + load.room, 0) - workMinutes
  const pace: PlanView['pace'] =
    status !== 'ready' && status !== 'date-passed'
      ? { kind: 'on-track', minutes: 0 }
      : !fits
        ? { kind: 'behind', minutes: shortMinutes }
        : { kind: slack >= perDay ? 'ahead' : 'on-track', minutes: Math.max(0, slack) }

  const first = days[0]?.day === input.today ? days[0] : undefined
  const todayReview = first?.reviewMinutes ?? reviewMinutesOf(input.reviewCards.get(input.today) ?? 0)
  const todayWork = first?.items.reduce((sum, item) => sum + item.minutes, 0) ?? 0
  const studiedMinutes = Math.round(input.studiedToday)
  const weeks = weeksOf(days)
  let stillLeft = workMinutes
  const leftOverTime = weeks.map((week) => {
    const point = { day: week.start < from ? from : week.start, minutes: stillLeft }
    stillLeft -= week.workMinutes
    return point
  })
  if (input.targetDate !== null && weeks.length > 0) leftOverTime.push({ day: input.targetDate, minutes: stillLeft })
  const noPlanYet = status === 'no-hours' || status === 'no-target-date' || status === 'nothing-left'
  return {
    status,
    message,
    level: input.level,
    targetDate: input.targetDate,
    options: {
      hoursPerWeek: input.options.hoursPerWeek,
      studyDays: input.options.studyDays,
      startDay: input.options.startDay,
    },
    from,
    weeks,
    today: {
      day: input.today,
      items: first?.items ?? [],
      cardsDue: input.cardsDue,
      reviewMinutes: todayReview,
      studiedMinutes,
      shareMinutes: first ? studiedMinutes + todayReview + todayWork : 0,
    },
    fit,
    pace,
    suggestions:
      fits || noPlanYet ? { laterDate: null, hoursPerWeek: null } : suggestionsFor(input, from, until, workMinutes),
    later: itemsOf(
      [],
      input.work.filter((w) => w.later).map((w) => ({ key: w.key, minutes: w.effort })),
      byKey,
    ).unplanned,
    leftOverTime,
    preview: input.preview,
  }
}
