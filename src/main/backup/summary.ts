import { visibleSkills } from '../../shared/curriculum/access'
import type { AppState, SkillStatus } from '../../shared/model'
import type { BackupPreview } from '../../shared/contract/backup'

/** One figure shown in the import preview; a feature with its own data adds a line here. */
interface SummaryLine {
  label: string
  count(state: AppState): number
}

const statusCount = (status: SkillStatus) => (state: AppState) =>
  visibleSkills(state.curriculum).filter((skill) => (state.skills[skill.id]?.status ?? 'not-started') === status).length

/** The figures compared before and after an import. */
const SUMMARY_LINES: readonly SummaryLine[] = [
  { label: 'Skills done', count: statusCount('done') },
  { label: 'Skills in progress', count: statusCount('learning') },
  { label: 'Skills not started', count: statusCount('not-started') },
  { label: 'Skills skipped', count: statusCount('skipped') },
  {
    label: 'Sub-topics ticked',
    count: (s) => Object.values(s.skills).reduce((n, p) => n + Object.values(p.subtopics).filter(Boolean).length, 0),
  },
  {
    label: 'Skills rated for confidence',
    count: (s) => Object.values(s.skills).filter((p) => p.confidence > 0).length,
  },
  { label: 'Notes', count: (s) => Object.keys(s.notes).length },
]

/** The newest change time recorded in a state, if any. */
export function lastChangeOf(state: AppState): string | undefined {
  const times = [
    ...Object.values(state.skills).map((p) => p.updatedAt),
    ...Object.values(state.notes).map((n) => n.updatedAt),
  ]
  return times
    .filter((t): t is string => !!t)
    .sort()
    .at(-1)
}

/** Before/after figures for the preview. */
export function compareStates(before: AppState, after: AppState): BackupPreview['rows'] {
  return SUMMARY_LINES.map((line) => ({ label: line.label, before: line.count(before), after: line.count(after) }))
}
