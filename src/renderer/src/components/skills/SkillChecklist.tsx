import { startTransition, useEffect, useRef, useState } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import { categoryTitle, visibleCategories, visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { groupProgress, skillCompletion, STATUS_LABELS, subtopicSummary } from '../../../../shared/skills/progress'
import type { SkillProgress, SkillStatus } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { ProgressBar } from '../common/ProgressBar'
import { RevisitBadge } from '../review/RevisitBadge'
import { useNeedsRevisit } from '../../state/revisit'
import { STATUSES } from './status-options'
import { emptyGroupMessage } from '../../../../shared/skills/empty-group'

/**
 * Rows drawn in the first pass: about a screenful. The rest follow at once in a second render
 * the browser may interrupt, so the first statuses are usable sooner on a slow machine.
 */
const FIRST_ROWS = 6

/** The first `count` items across `lists`, list by list. */
function firstRows<T>(lists: T[][], count: number): T[][] {
  let left = count
  return lists.map((list) => {
    const taken = list.slice(0, Math.max(0, left))
    left -= taken.length
    return taken
  })
}

/** One skill in the checklist: open it, see its progress, set its status. */
function SkillRow({
  skill,
  progress,
  selected,
  lapsed,
}: {
  skill: Skill
  progress: SkillProgress | undefined
  selected: boolean
  lapsed: number
}) {
  const selectSkill = useStore((s) => s.selectSkill)
  const setSkillStatus = useStore((s) => s.skills.setStatus)
  const status = progress?.status ?? 'not-started'
  // The selected skill's row stays in sight, however it was selected (a link, a search hit, the palette).
  const row = useRef<HTMLLIElement>(null)
  // Asked of an observer, which answers from the next frame's layout: measuring now would force a
  // layout of the whole page in the middle of the first render (about 20 ms of start-up, npm run bench).
  useEffect(() => {
    const element = row.current
    if (!selected || !element) return
    const observer = new IntersectionObserver(([entry]) => {
      observer.disconnect()
      if (entry && entry.intersectionRatio < 1) element.scrollIntoView({ block: 'nearest' })
    })
    observer.observe(element)
    return () => observer.disconnect()
  }, [selected])
  return (
    <li ref={row} className={`skill-row status-${status}${selected ? ' selected' : ''}`}>
      <button
        type="button"
        className="skill-open"
        aria-current={selected ? 'true' : undefined}
        aria-describedby={`meta-${skill.id}`}
        onClick={() => selectSkill(skill.id)}
      >
        {skill.title}
      </button>
      <label className="status-control">
        <span className="visually-hidden">Status of {skill.title}</span>
        <select value={status} onChange={(event) => void setSkillStatus(skill.id, event.target.value as SkillStatus)}>
          {STATUSES.map((value) => (
            <option key={value} value={value}>
              {STATUS_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <span id={`meta-${skill.id}`} className="skill-meta">
        {subtopicSummary(skill, progress)}
        {progress?.confidence ? ` · confidence ${progress.confidence}/5` : ''}
        {lapsed > 0 ? (
          <>
            {' '}
            <RevisitBadge cards={lapsed} />
          </>
        ) : null}
      </span>
      <ProgressBar label={`Progress of ${skill.title}`} fraction={skillCompletion(skill, progress)} size="small" />
    </li>
  )
}

/** The checklist grouped by category, with progress per group and filters by status and category. */
export function SkillChecklist({ selectedId }: { selectedId: string }) {
  const progress = useStore((s) => s.data?.skills) ?? {}
  const revisit = useNeedsRevisit()
  const curriculum = useCurriculum()
  const skillList = visibleSkills(curriculum)
  const categories = visibleCategories(curriculum).map((c) => c.id)
  const label = (value: string): string => categoryTitle(curriculum, value)
  const [status, setStatus] = useState<SkillStatus | 'all'>('all')
  const [category, setCategory] = useState<string>('all')
  const shown = (skill: Skill): boolean => status === 'all' || (progress[skill.id]?.status ?? 'not-started') === status
  const [allRows, setAllRows] = useState(false)
  useEffect(() => {
    startTransition(() => setAllRows(true))
  }, [])
  const groups = categories
    .filter((value) => category === 'all' || category === value)
    .map((value) => {
      const skills = skillList.filter((skill) => skill.category === value)
      const hidden = curriculum.skills.filter((skill) => skill.category === value && skill.hidden).length
      return { value, hidden, group: groupProgress(skills, progress), visible: skills.filter(shown) }
    })
  const drawn = firstRows(
    groups.map((group) => group.visible),
    allRows ? skillList.length : FIRST_ROWS,
  )

  return (
    <div className="checklist">
      <div className="filters" role="group" aria-label="Filters">
        <label>
          Status
          <select value={status} onChange={(event) => setStatus(event.target.value as SkillStatus | 'all')}>
            <option value="all">All statuses</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {STATUS_LABELS[value]}
              </option>
            ))}
          </select>
        </label>
        <label>
          Category
          <select value={category} onChange={(event) => setCategory(event.target.value)}>
            <option value="all">All categories</option>
            {categories.map((value) => (
              <option key={value} value={value}>
                {label(value)}
              </option>
            ))}
          </select>
        </label>
      </div>
      {groups.map(({ value, hidden, group, visible }, index) => (
        <section key={value} className="skill-group" aria-labelledby={`group-${value}`}>
          <header className="group-header">
            <h2 id={`group-${value}`}>{label(value)}</h2>
            <span className="group-count">
              {group.done} of {group.total} done
            </span>
            <ProgressBar label={`Progress of ${label(value).toLowerCase()}`} fraction={group.fraction} />
          </header>
          {visible.length > 0 ? (
            <ul className="skill-list" aria-label={label(value)}>
              {drawn[index]?.map((skill) => (
                <SkillRow
                  key={skill.id}
                  skill={skill}
                  progress={progress[skill.id]}
                  selected={skill.id === selectedId}
                  lapsed={revisit.get(skill.id)?.length ?? 0}
                />
              ))}
            </ul>
          ) : (
            <p className="empty">{emptyGroupMessage(label(value), status, group.total, hidden)}</p>
          )}
        </section>
      ))}
    </div>
  )
}
