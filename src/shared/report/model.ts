import { CATEGORY_LABELS, SKILLS, skillById, type SkillCategory } from '../curriculum/skills'
import { groupProgress, percent, skillCompletion, STATUS_LABELS } from '../progress'
import type { AppState, SkillStatus } from '../model'
import { localDay } from './defaults'
import type { Report, ReportOptions, ReportSection, SectionOf } from './schema'

/** Longest note excerpt, in characters. */
export const EXCERPT_CHARS = 240

/**
 * Everything a report can show. Skills and notes (with bodies) come from the state; the
 * optional parts are filled in by their own features and render only when given data.
 */
export interface ReportSource {
  skills: AppState['skills']
  notes: AppState['notes']
  levels?: SectionOf<'levels'>['levels']
  frameworks?: SectionOf<'frameworks'>['items']
  /** Raw study sessions; the activity builder groups them per day inside the range. */
  activity?: Array<{ date: string; minutes: number }>
}

/** Builds one section, or null when it is switched off or has nothing to show. */
export type SectionBuilder = (source: ReportSource, options: ReportOptions) => ReportSection | null

/** True when a day (YYYY-MM-DD) lies inside the options' date range (both ends inclusive). */
export function inRange(day: string, options: Pick<ReportOptions, 'from' | 'to'>): boolean {
  return (!options.from || day >= options.from) && (!options.to || day <= options.to)
}

/** Overall progress and how many skills are in each status. */
export const buildOverview: SectionBuilder = (source, options) => {
  if (!options.include.overview) return null
  const overall = groupProgress(SKILLS, source.skills)
  const byStatus: Record<SkillStatus, number> = { 'not-started': 0, learning: 0, done: 0, skipped: 0 }
  for (const skill of SKILLS) byStatus[source.skills[skill.id]?.status ?? 'not-started'] += 1
  return { kind: 'overview', percent: percent(overall.fraction), done: overall.done, counted: overall.counted, total: overall.total, byStatus }
}

/** Progress per category (technical, soft). */
export const buildCategories: SectionBuilder = (source, options) => {
  if (!options.include.categories) return null
  const rows = (Object.keys(CATEGORY_LABELS) as SkillCategory[]).map((id) => {
    const group = groupProgress(SKILLS.filter((skill) => skill.category === id), source.skills)
    return { id, label: CATEGORY_LABELS[id], percent: percent(group.fraction), done: group.done, counted: group.counted, total: group.total }
  })
  return { kind: 'categories', rows }
}

/** Every skill in curriculum order with status, completion, confidence and sub-topics. */
export const buildSkills: SectionBuilder = (source, options) => {
  if (!options.include.skills) return null
  const noteCounts = new Map<string, number>()
  for (const note of Object.values(source.notes)) noteCounts.set(note.skillId, (noteCounts.get(note.skillId) ?? 0) + 1)
  const rows = SKILLS.map((skill) => {
    const progress = source.skills[skill.id]
    const completion = skillCompletion(skill, progress)
    const status = progress?.status ?? 'not-started'
    return {
      id: skill.id,
      title: skill.title,
      category: CATEGORY_LABELS[skill.category],
      status,
      statusLabel: STATUS_LABELS[status],
      percent: completion === null ? null : percent(completion),
      confidence: progress?.confidence ?? 0,
      subtopics: skill.subtopics.map((sub) => ({ title: sub.title, done: progress?.subtopics[sub.id] === true })),
      notes: noteCounts.get(skill.id) ?? 0,
      ...(progress?.updatedAt ? { updatedAt: progress.updatedAt } : {}),
    }
  })
  return { kind: 'skills', showConfidence: options.include.confidence, showSubtopics: options.include.subtopics, rows }
}

/** The first words of a note on one line, cut at a word boundary. */
export function excerptOf(body: string, limit = EXCERPT_CHARS): { text: string; truncated: boolean } {
  const flat = body.replace(/\s+/g, ' ').trim()
  if (flat.length <= limit) return { text: flat, truncated: false }
  const cut = flat.slice(0, limit)
  const space = cut.lastIndexOf(' ')
  return { text: (space > limit / 2 ? cut.slice(0, space) : cut).trimEnd(), truncated: true }
}

/** Notes edited inside the date range, grouped by skill order, newest first within a skill. */
export const buildNotes: SectionBuilder = (source, options) => {
  if (options.notes === 'none') return null
  const order = new Map(SKILLS.map((skill, index) => [skill.id, index]))
  const notes = Object.values(source.notes)
    .filter((note) => inRange(localDay(new Date(note.updatedAt)), options))
    .sort((a, b) => (order.get(a.skillId) ?? 99) - (order.get(b.skillId) ?? 99) || b.updatedAt.localeCompare(a.updatedAt))
  if (notes.length === 0) return null
  const mode = options.notes
  const items = notes.map((note) => {
    const { text, truncated } = mode === 'full' ? { text: note.body, truncated: false } : excerptOf(note.body)
    return { skillTitle: skillById(note.skillId)?.title ?? 'Other', title: note.title, updatedAt: note.updatedAt, text, truncated }
  })
  return { kind: 'notes', mode, items }
}

/** Level readiness and goals; only when the levels feature supplies them. */
export const buildLevels: SectionBuilder = (source, options) =>
  options.include.levels && source.levels && source.levels.length > 0 ? { kind: 'levels', levels: source.levels } : null

/** Frameworks marked learning or used; only when the frameworks feature supplies them. */
export const buildFrameworks: SectionBuilder = (source, options) =>
  options.include.frameworks && source.frameworks && source.frameworks.length > 0 ? { kind: 'frameworks', items: source.frameworks } : null

/** Study minutes per day inside the range; only when a study log supplies sessions. */
export const buildActivity: SectionBuilder = (source, options) => {
  if (!options.include.activity || !source.activity) return null
  const perDay = new Map<string, { minutes: number; sessions: number }>()
  for (const entry of source.activity) {
    if (!inRange(entry.date, options)) continue
    const day = perDay.get(entry.date) ?? { minutes: 0, sessions: 0 }
    day.minutes += entry.minutes
    day.sessions += 1
    perDay.set(entry.date, day)
  }
  if (perDay.size === 0) return null
  const days = [...perDay].sort(([a], [b]) => a.localeCompare(b)).map(([date, day]) => ({ date, ...day }))
  return { kind: 'activity', totalMinutes: days.reduce((sum, day) => sum + day.minutes, 0), days }
}

/** The sections in the order a report shows them; a new feature adds its builder here. */
export const SECTION_BUILDERS: readonly SectionBuilder[] = [
  buildOverview,
  buildCategories,
  buildLevels,
  buildSkills,
  buildFrameworks,
  buildActivity,
  buildNotes,
]

/** "25 November 2026" for the given moment, in the local time zone. */
export function longDate(date: Date): string {
  return new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' }).format(date)
}

/** Builds the report model every format renders. */
export function buildReport(source: ReportSource, options: ReportOptions, now = new Date()): Report {
  return {
    title: 'Groundwork progress report',
    generatedAt: now.toISOString(),
    generatedOn: longDate(now),
    range: { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) },
    sections: SECTION_BUILDERS.map((build) => build(source, options)).filter((section): section is ReportSection => section !== null),
  }
}
