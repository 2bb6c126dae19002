import { produce } from 'immer'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { AppError } from '../../shared/result'
import { CANCELLED } from '../../shared/contract/cancelled'
import type { AppState } from '../../shared/model'
import { skillOf } from '../../shared/curriculum/access'
import { dayOf } from '../../shared/calendar/days'
import { formatDay } from '../../shared/calendar/format'
import type { SubtopicRef } from '../../shared/schemas/plan'
import { planInputOf } from '../../shared/plan/input'
import { buildPlan } from '../../shared/plan/planner'
import { applyChoiceTo, setLater } from '../../shared/plan/choices'
import type { PlanChoice, PlanView } from '../../shared/plan/schema'
import { writeExport } from '../export-file'

// Loaded on the first export: the iCalendar library is not needed before.
const icsWriter = () => import('../../shared/plan/ics')

/** Checks that every sub-topic named exists in the curriculum. */
function requireSubtopics(state: AppState, refs: readonly SubtopicRef[]): void {
  for (const { skillId, subtopicId } of refs) {
    const skill = skillOf(state.curriculum, skillId)
    if (!skill) throw new AppError('not-found', `There is no skill with the id "${skillId}".`)
    if (!skill.subtopics.some((s) => s.id === subtopicId))
      throw new AppError('not-found', `${skill.title} has no sub-topic with the id "${subtopicId}".`)
  }
}

/**
 * Study plan handlers. The plan is worked out when asked for (never at start-up) and kept for the
 * state and minute it was made for, so the Plan view and Today asking again cost nothing.
 */
export function planHandlers(ctx: HandlerContext): DomainHandlers<'plan'> {
  let last: { state: AppState; minute: number; zone: string; view: PlanView } | null = null
  const planOf = (state: AppState, preview: PlanChoice | null = null): PlanView => {
    const now = ctx.clock.now()
    const zone = ctx.clock.timeZone()
    const minute = Math.floor(now.getTime() / 60_000)
    if (!preview && last?.state === state && last.minute === minute && last.zone === zone) return last.view
    const view = buildPlan(planInputOf(state, now, zone, preview))
    if (!preview) last = { state, minute, zone, view }
    return view
  }
  const current = (): PlanView => planOf(ctx.store.state)
  const checkChoice = (choice: PlanChoice): void => {
    if (choice.kind === 'later-date') {
      const today = dayOf(ctx.clock.now(), ctx.clock.timeZone())
      if (choice.date <= today)
        throw new AppError('invalid-payload', `Pick a date after today (${formatDay(today)}) to plan up to.`)
    }
    if (choice.kind === 'leave-for-later') requireSubtopics(ctx.store.state, choice.keys)
  }
  return {
    async get() {
      return current()
    },
    async setOptions(patch) {
      await ctx.store.update((state) => {
        if (patch.hoursPerWeek !== undefined) state.plan.hoursPerWeek = patch.hoursPerWeek
        if (patch.studyDays !== undefined) state.plan.studyDays = [...patch.studyDays].sort((a, b) => a - b)
        if (patch.startDay !== undefined) state.plan.startDay = patch.startDay
      })
      return current()
    },
    async setEffort({ skillId, subtopicId, minutes }) {
      requireSubtopics(ctx.store.state, [{ skillId, subtopicId }])
      await ctx.store.update((state) => {
        const efforts = (state.plan.efforts[skillId] ??= {})
        if (minutes === null) delete efforts[subtopicId]
        else efforts[subtopicId] = minutes
        if (Object.keys(efforts).length === 0) delete state.plan.efforts[skillId]
      })
      return current()
    },
    async setLater({ keys, later }) {
      requireSubtopics(ctx.store.state, keys)
      await ctx.store.update((state) => setLater(state, keys, later))
      return current()
    },
    async previewChoice({ choice }) {
      checkChoice(choice)
      return planOf(
        produce(ctx.store.state, (draft) => applyChoiceTo(draft, choice)),
        choice,
      )
    },
    async applyChoice({ choice }) {
      checkChoice(choice)
      const before = ctx.store.state
      const level = before.levels.currentLevel
      const undo = { level, targetDate: before.levels[level].targetDate, plan: before.plan }
      await ctx.store.update((state) => applyChoiceTo(state, choice))
      return { view: current(), undo }
    },
    async restore({ level, targetDate, plan }) {
      await ctx.store.update((state) => {
        state.levels[level].targetDate = targetDate
        state.plan = plan
      })
      return current()
    },
    async exportIcs() {
      const view = current()
      const now = ctx.clock.now()
      const { text, events } = (await icsWriter()).planIcs(view, now)
      if (events === 0)
        throw new AppError('conflict', view.message ?? 'Nothing is planned yet, so there is nothing to export.')
      const path = await ctx.services.showSaveDialog({
        title: 'Export study plan',
        defaultName: `groundwork-plan-${dayOf(now, ctx.clock.timeZone())}.ics`,
        filters: [{ name: 'iCalendar', extensions: ['ics'] }],
      })
      if (!path) return CANCELLED
      await writeExport('the plan', path, text)
      return { path, events }
    },
  }
}
