import { categoryTitle, isVisibleSkill, skillOf, visibleCategories, visibleSkills } from '../curriculum/access'
import type { Curriculum } from '../schemas/curriculum'
import { groupProgress, percent, skillCompletion, STATUS_LABELS } from '../skills/progress'
import type { AppState, SkillStatus } from '../model'
import { dayOf, type DayKey } from '../calendar/days'
import { formatDay } from '../calendar/format'
import { EVIDENCE_KIND_LABELS } from '../evidence/kinds'
import type { Report, ReportOptions, ReportSection, SectionOf } from './schema'
import { rangeSentence } from './text'
import { noteParser } from '../markdown/block-runs'

/** Longest note excerpt, in characters. */
const EXCERPT_CHARS = 240

/** Study minutes of one session on one local day (a timer past midnight gives each day its share). */
export interface ActivityEntry {
  date: string
  minutes: number
  skillId: string
  sessionId: string
}

/**
 * Everything a report can show. Skills and notes (with bodies) come from the state; the
 * other parts are shaped from their slices by reportSourceOf and render only when given data.
 */
export interface ReportSource {
  /** The learner's curriculum: hidden skills and categories stay out of the report. */
  curriculum: Curriculum
  skills: AppState['skills']
  notes: AppState['notes']
  levels?: SectionOf<'levels'>['levels']
  frameworks?: SectionOf<'frameworks'>['items']
  /** Study time per session and day; the activity builder keeps what lies inside the range. */
  activity?: ActivityEntry[]
  /** The streak as of the report day. */
  streak?: NonNullable<SectionOf<'activity'>['streak']>
  evidence?: AppState['evidence']
}

/**
 * The moment, zone and locale a report is made for. Every day in it (the date range, "edited on",
 * study days, days left) is a day in `timeZone`, the learner's zone; `locale` undefined is the OS setting.
 */
export interface ReportContext {
  now: Date
  timeZone: string
  locale?: string
}

/** Builds one section, or null when it is switched off or has nothing to show. */
export type SectionBuilder = (
  source: ReportSource,
  options: ReportOptions,
  context: ReportContext,
) => ReportSection | null

/** True when a day (YYYY-MM-DD) lies inside the options' date range (both ends inclusive). */
export function inRange(day: string, options: Pick<ReportOptions, 'from' | 'to'>): boolean {
  return (!options.from || day >= options.from) && (!options.to || day <= options.to)
}

/** A skill of the curriculum the learner hid (a trashed one is not hidden: what it held still shows, under "Other"). */
function hiddenSkill(curriculum: Curriculum, id: string): boolean {
  return skillOf(curriculum, id) !== undefined && !isVisibleSkill(curriculum, id)
}

/** Overall progress and how many skills are in each status. */
const buildOverview: SectionBuilder = (source, options) => {
  if (!options.include.overview) return null
  const skills = visibleSkills(source.curriculum)
  const overall = groupProgress(skills, source.skills)
  const byStatus: Record<SkillStatus, number> = { 'not-started': 0, learning: 0, done: 0, skipped: 0 }
  for (const skill of skills) byStatus[source.skills[skill.id]?.status ?? 'not-started'] += 1
  return {
    kind: 'overview',
    percent: percent(overall.fraction),
    done: overall.done,
    counted: overall.counted,
    total: overall.total,
    byStatus,
  }
}

/** Progress per category (technical, soft). */
const buildCategories: SectionBuilder = (source, options) => {
  if (!options.include.categories) return null
  const rows = visibleCategories(source.curriculum).map(({ id, title }) => {
    const group = groupProgress(
      visibleSkills(source.curriculum).filter((skill) => skill.category === id),
      source.skills,
    )
    return {
      id,
      label: title,
      percent: percent(group.fraction),
      done: group.done,
      counted: group.counted,
      total: group.total,
    }
  })
  return { kind: 'categories', rows }
}

/** Every skill in curriculum order with status, completion, confidence and sub-topics. */
const buildSkills: SectionBuilder = (source, options, context) => {
  if (!options.include.skills) return null
  const noteCounts = new Map<string, number>()
  for (const note of Object.values(source.notes)) noteCounts.set(note.skillId, (noteCounts.get(note.skillId) ?? 0) + 1)
  const rows = visibleSkills(source.curriculum).map((skill) => {
    const progress = source.skills[skill.id]
    const completion = skillCompletion(skill, progress)
    const status = progress?.status ?? 'not-started'
    return {
      id: skill.id,
      title: skill.title,
      category: categoryTitle(source.curriculum, skill.category),
      status,
      statusLabel: STATUS_LABELS[status],
      percent: completion === null ? null : percent(completion),
      confidence: progress?.confidence ?? 0,
      subtopics: skill.subtopics.map((sub) => ({ title: sub.title, done: progress?.subtopics[sub.id] === true })),
      notes: noteCounts.get(skill.id) ?? 0,
      ...(progress?.updatedAt ? { updatedOn: dayOf(progress.updatedAt, context.timeZone) } : {}),
    }
  })
  return {
    kind: 'skills',
    showConfidence: options.include.confidence,
    showSubtopics: options.include.subtopics,
    listNotStarted: options.include.notStartedSubtopics,
    rows,
  }
}

/** `text` cut at its last space before `limit` (when that keeps over half of it), never inside a `[[link]]`. */
function wordCut(text: string, limit: number): string {
  let cut = text.slice(0, limit)
  const space = cut.lastIndexOf(' ')
  if (space > limit / 2) cut = cut.slice(0, space)
  // A link cut in two would show its brackets: end before it instead.
  const open = cut.lastIndexOf('[[')
  if (open > cut.lastIndexOf(']]')) cut = cut.slice(0, open)
  return cut.trimEnd()
}

/**
 * The start of a note as Markdown, for an excerpt: its first whole blocks (headings, paragraphs,
 * lists, code) that fit in `limit` characters, or the first block cut at a word when even that is
 * longer. Rendered like the note itself, so no Markdown syntax shows as text.
 */
export function excerptOf(body: string, limit = EXCERPT_CHARS): { text: string; truncated: boolean } {
  const source = body.trim()
  if (source.length <= limit) return { text: source, truncated: false }
  let end = 0
  for (const block of noteParser.parse(source).children) {
    const blockEnd = block.position?.end.offset
    if (blockEnd === undefined || blockEnd > limit) break
    end = blockEnd
  }
  return { text: end > 0 ? source.slice(0, end).trimEnd() : wordCut(source, limit), truncated: true }
}

/** Notes edited inside the date range, grouped by skill order, newest first within a skill. */
const buildNotes: SectionBuilder = (source, options, context) => {
  if (options.notes === 'none') return null
  const order = new Map(source.curriculum.skills.map((skill, index) => [skill.id, index]))
  const notes = Object.values(source.notes)
    .filter(
      (note) =>
        !hiddenSkill(source.curriculum, note.skillId) && inRange(dayOf(note.updatedAt, context.timeZone), options),
    )
    .sort(
      (a, b) => (order.get(a.skillId) ?? 99) - (order.get(b.skillId) ?? 99) || b.updatedAt.localeCompare(a.updatedAt),
    )
  if (notes.length === 0) return null
  const mode = options.notes
  const items = notes.map((note) => {
    const { text, truncated } = mode === 'full' ? { text: note.body, truncated: false } : excerptOf(note.body)
    // Filtered and printed by the same day, so a note never shows a day outside the range.
    const editedOn = formatDay(dayOf(note.updatedAt, context.timeZone), context.locale)
    return {
      skillTitle: skillOf(source.curriculum, note.skillId)?.title ?? 'Other',
      title: note.title,
      updatedAt: note.updatedAt,
      editedOn,
      text,
      truncated,
    }
  })
  return { kind: 'notes', mode, items }
}

/** Readiness, target date and goals of each level. */
const buildLevels: SectionBuilder = (source, options) =>
  options.include.levels && source.levels && source.levels.length > 0 ? { kind: 'levels', levels: source.levels } : null

/** Frameworks marked learning or used; only when the learner marked any. */
const buildFrameworks: SectionBuilder = (source, options) =>
  options.include.frameworks && source.frameworks && source.frameworks.length > 0
    ? { kind: 'frameworks', items: source.frameworks }
    : null

// Tenths, so a 30-second timer run stays in the report (formatMinutes writes it "under 1 min", the CSV 0.5).
const reportMinutes = (minutes: number): number => Math.round(minutes * 10) / 10

function minutesRows(
  totals: Map<string, number>,
  label: (id: string) => string,
  order: (id: string) => number,
): SectionOf<'activity'>['skills'] {
  return [...totals]
    .map(([id, minutes]) => ({ id, label: label(id), minutes: reportMinutes(minutes) }))
    .sort((a, b) => order(a.id) - order(b.id))
}

/** Study minutes inside the range per day, category and skill; only when some lie inside it. */
const buildActivity: SectionBuilder = (source, options, context) => {
  if (!options.include.activity || !source.activity) return null
  const perDay = new Map<string, { minutes: number; sessions: Set<string> }>()
  const perSkill = new Map<string, number>()
  const perCategory = new Map<string, number>()
  for (const entry of source.activity) {
    if (!inRange(entry.date, options) || hiddenSkill(source.curriculum, entry.skillId)) continue
    const day = perDay.get(entry.date) ?? { minutes: 0, sessions: new Set<string>() }
    day.minutes += entry.minutes
    day.sessions.add(entry.sessionId)
    perDay.set(entry.date, day)
    perSkill.set(entry.skillId, (perSkill.get(entry.skillId) ?? 0) + entry.minutes)
    const category = skillOf(source.curriculum, entry.skillId)?.category ?? 'other'
    perCategory.set(category, (perCategory.get(category) ?? 0) + entry.minutes)
  }
  if (perDay.size === 0) return null
  const days = [...perDay]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([date, day]) => ({
      date,
      label: formatDay(date, context.locale),
      minutes: reportMinutes(day.minutes),
      sessions: day.sessions.size,
    }))
  const skillOrder = new Map(source.curriculum.skills.map((skill, index) => [skill.id, index]))
  const categoryIds = source.curriculum.categories.map((category) => category.id)
  const total = [...perSkill.values()].reduce((sum, minutes) => sum + minutes, 0)
  return {
    kind: 'activity',
    totalMinutes: reportMinutes(total),
    days,
    categories: minutesRows(
      perCategory,
      (id) => (categoryIds.includes(id) ? categoryTitle(source.curriculum, id) : 'Other'),
      (id) => categoryIds.indexOf(id) + 1 || 99,
    ),
    skills: minutesRows(
      perSkill,
      (id) => skillOf(source.curriculum, id)?.title ?? 'Other',
      (id) => skillOrder.get(id) ?? 99,
    ),
    ...(source.streak ? { streak: source.streak } : {}),
  }
}

/** Evidence links added inside the range, per skill in curriculum order. */
const buildEvidence: SectionBuilder = (source, options, context) => {
  if (!options.include.evidence || !source.evidence) return null
  const evidence = source.evidence
  const skills = visibleSkills(source.curriculum).flatMap((skill) => {
    const links = (Object.hasOwn(evidence, skill.id) ? (evidence[skill.id] ?? []) : []).flatMap((item) => {
      const day = dayOf(item.addedAt, context.timeZone)
      if (!inRange(day, options)) return []
      return [
        {
          title: item.title,
          url: item.url,
          kind: EVIDENCE_KIND_LABELS[item.kind],
          addedAt: item.addedAt,
          addedOn: formatDay(day, context.locale),
        },
      ]
    })
    return links.length > 0 ? [{ skillId: skill.id, skillTitle: skill.title, links }] : []
  })
  return skills.length > 0 ? { kind: 'evidence', skills } : null
}

/** The sections in the order a report shows them; a new feature adds its builder here. */
const SECTION_BUILDERS: readonly SectionBuilder[] = [
  buildOverview,
  buildCategories,
  buildLevels,
  buildSkills,
  buildFrameworks,
  buildEvidence,
  buildActivity,
  buildNotes,
]

/** The day the report is made, as the learner reads it. */
export function generationDay(context: ReportContext): { day: DayKey; text: string } {
  const day = dayOf(context.now, context.timeZone)
  return { day, text: formatDay(day, context.locale) }
}

/** Builds the report model every format renders. */
export function buildReport(source: ReportSource, options: ReportOptions, context: ReportContext): Report {
  const range = { ...(options.from ? { from: options.from } : {}), ...(options.to ? { to: options.to } : {}) }
  const rangeText = rangeSentence(range, context.locale)
  return {
    title: 'Groundwork progress report',
    generatedAt: context.now.toISOString(),
    generatedOn: generationDay(context).text,
    range,
    ...(rangeText ? { rangeText } : {}),
    sections: SECTION_BUILDERS.map((build) => build(source, options, context)).filter(
      (section): section is ReportSection => section !== null,
    ),
  }
}
