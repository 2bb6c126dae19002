import { formatDay } from '../calendar/format'
import { dayCount, formatMinutes } from '../study/time-words'
import { confidenceLabel } from './defaults'
import type { Report, ReportSection, SectionOf } from './schema'

// Every sentence and label a report shows, written once for the Markdown and the HTML/preview renderers.

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

/** A sentence with one figure the renderer emphasises (bold in Markdown, large or strong in HTML). */
export type Emphasised = readonly [before: string, figure: string, after: string]

/** A table column: its heading and whether it holds figures (right-aligned). */
export interface Column {
  label: string
  numeric?: boolean
}

/** The columns of the report's tables; each renderer picks the ones its table shows. */
export const COLUMNS = {
  status: { label: 'Status' },
  skillCount: { label: 'Skills', numeric: true },
  category: { label: 'Category' },
  progress: { label: 'Progress', numeric: true },
  done: { label: 'Done', numeric: true },
  skill: { label: 'Skill' },
  confidence: { label: 'Confidence', numeric: true },
  framework: { label: 'Framework' },
  mark: { label: 'Mark' },
  time: { label: 'Time', numeric: true },
  day: { label: 'Day' },
  sessions: { label: 'Sessions', numeric: true },
} satisfies Record<string, Column>

/** Heading of the checklists under the skills table. */
export const SUBTOPICS_HEADING = 'Sub-topics'

/** Added after the heading of the learner's current level. */
export const CURRENT_LEVEL_NOTE = '(current level)'

/** Added after a goal the learner wrote. */
export const OWN_GOAL_NOTE = '(your own goal)'

/** The date-range sentence under the title, or null when no range is set. */
export function rangeSentence({ from, to }: Report['range'], locale?: string): string | null {
  const day = (key: string): string => formatDay(key, locale)
  if (from && to) return `Notes, evidence and study activity from ${day(from)} to ${day(to)}.`
  if (from) return `Notes, evidence and study activity from ${day(from)} on.`
  if (to) return `Notes, evidence and study activity up to ${day(to)}.`
  return null
}

/** The line under the title; the figure is the generation day. */
export function generatedLine(report: Report): Emphasised {
  return ['Generated on ', report.generatedOn, `.${report.rangeText ? ` ${report.rangeText}` : ''}`]
}

/** A skill's completion as text: "40%", or an em dash for a skipped skill. */
export function percentText(value: number | null): string {
  return value === null ? '—' : `${value}%`
}

/** The overview's lead sentence; the figure is the percentage complete. */
export function overviewLead(s: SectionOf<'overview'>): Emphasised {
  return [
    '',
    `${s.percent}%`,
    ` complete: ${s.done} of ${s.total} skills done (${s.counted} counted; skipped skills are left out).`,
  ]
}

/** The overview's rows: each status with its number of skills. */
export function statusCounts(s: SectionOf<'overview'>): Array<[label: string, skills: string]> {
  const counts: Array<[string, number]> = [
    ['Not started', s.byStatus['not-started']],
    ['Learning', s.byStatus.learning],
    ['Done', s.byStatus.done],
    ['Skipped', s.byStatus.skipped],
  ]
  return counts.map(([label, n]) => [label, String(n)])
}

/** "1 of 11": done of all skills in a category. */
export function doneOfTotal(done: number, total: number): string {
  return `${done} of ${total}`
}

/** A skill's figures after its title, category and status: progress and (if shown) confidence. */
export function skillFigures(r: SectionOf<'skills'>['rows'][number], showConfidence: boolean): string[] {
  return [percentText(r.percent), ...(showConfidence ? [confidenceLabel(r.confidence)] : [])]
}

/** The skills table's columns. */
export function skillColumns(showConfidence: boolean): Column[] {
  return [
    COLUMNS.skill,
    COLUMNS.category,
    COLUMNS.status,
    COLUMNS.progress,
    ...(showConfidence ? [COLUMNS.confidence] : []),
  ]
}

/** "(3 of 7)": ticked of all sub-topics of a skill. */
export function subtopicCount(r: SectionOf<'skills'>['rows'][number]): string {
  return `(${doneOfTotal(r.subtopics.filter((sub) => sub.done).length, r.subtopics.length)})`
}

type SkillRow = SectionOf<'skills'>['rows'][number]

/** "1 sub-topic not started", "12 sub-topics not started". */
export function notStartedCount(count: number): string {
  return `${count} ${count === 1 ? 'sub-topic' : 'sub-topics'} not started`
}

/** The sub-topics list with the ones not started folded: what each format draws when the learner did not ask for them all. */
export interface FoldedSubtopics {
  /** Skills with something ticked: their ticked sub-topics, and how many are left. */
  started: Array<{ row: SkillRow; ticked: string[]; notStarted: number }>
  /** Skills with sub-topics but none ticked, named on one line. */
  untouched: { titles: string[]; subtopics: number }
}

/** Sorts the skills' sub-topics into FoldedSubtopics (a skill without sub-topics shows in neither part). */
export function foldSubtopics(rows: SkillRow[]): FoldedSubtopics {
  const folded: FoldedSubtopics = { started: [], untouched: { titles: [], subtopics: 0 } }
  for (const row of rows) {
    const ticked = row.subtopics.filter((sub) => sub.done).map((sub) => sub.title)
    if (ticked.length > 0) folded.started.push({ row, ticked, notStarted: row.subtopics.length - ticked.length })
    else if (row.subtopics.length > 0) {
      folded.untouched.titles.push(row.title)
      folded.untouched.subtopics += row.subtopics.length
    }
  }
  return folded
}

/** The words before the skills with nothing ticked: "71 sub-topics not started in 12 skills with nothing ticked yet:". */
export function untouchedLead(untouched: FoldedSubtopics['untouched']): string {
  const skills = untouched.titles.length
  return `${notStartedCount(untouched.subtopics)} in ${skills} ${skills === 1 ? 'skill' : 'skills'} with nothing ticked yet:`
}

/** A level's heading without its current-level note, e.g. "Entry level: 42% ready". */
export function levelHeading(l: SectionOf<'levels'>['levels'][number]): string {
  return `${l.title}: ${l.percent}% ready`
}

/** "Target date 31 Dec 2026 (36 days left).", or null without a target date. */
export function targetSentence(l: SectionOf<'levels'>['levels'][number]): string | null {
  if (!l.targetOn) return null
  return `Target date ${l.targetOn}${l.daysLeft ? ` (${l.daysLeft})` : ''}.${l.planText ? ` ${l.planText}` : ''}`
}

/** How a framework mark reads. */
export function markLabel(mark: SectionOf<'frameworks'>['items'][number]['mark']): string {
  return mark === 'used' ? 'Used' : 'Learning'
}

/** "Current streak: 2 days (longest 2; a day counts from 15 min)." */
export function streakSentence(streak: NonNullable<SectionOf<'activity'>['streak']>): string {
  return `Current streak: ${dayCount(streak.current)} (longest ${streak.longest}; a day counts from ${streak.minMinutes} min).`
}

/** The activity's lead sentence (with the streak when known); the figure is the total time. */
export function activityLead(s: SectionOf<'activity'>): Emphasised {
  return [
    'Total: ',
    formatMinutes(s.totalMinutes),
    ` over ${dayCount(s.days.length)}.${s.streak ? ` ${streakSentence(s.streak)}` : ''}`,
  ]
}

/** "(Repository, added 22 Nov 2026)" after an evidence link. */
export function evidenceNote(l: SectionOf<'evidence'>['skills'][number]['links'][number]): string {
  return `(${l.kind}, added ${l.addedOn})`
}

type NoteItem = SectionOf<'notes'>['items'][number]

/** A note's heading: its skill and title. */
export function noteHeading(n: NoteItem): string {
  return `${n.skillTitle}: ${n.title || 'Untitled note'}`
}

/** The line under a note's heading. */
export function editedLine(n: NoteItem): string {
  return `Edited ${n.editedOn}`
}
