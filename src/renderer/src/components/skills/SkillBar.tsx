import { useRef, type KeyboardEvent } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import { categoryTitle } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { percent, skillCompletion, STATUS_LABELS } from '../../../../shared/skills/progress'
import { useStore } from '../../state/store'
import { useIntent } from '../../state/intent'
import { focusInView } from '../common/focus'
import { Icon } from '../common/Icon'
import { FOCUS_KEY } from '../shell/NavFooter'
import { RevisitBadge } from '../review/RevisitBadge'
import { useNeedsRevisit } from '../../state/revisit'
import { formatCount } from '../../format'
import type { SkillTab } from '../../state/ui-slice'

const TABS: [SkillTab, string][] = [
  ['notes', 'Notes'],
  ['progress', 'Sub-topics and progress'],
]

/** The id of a tab's panel, for aria-controls. */
export const tabPanelId = (tab: SkillTab): string => `skill-tab-${tab}`

/**
 * The open skill in one line above its note: its name, category, status and progress, the two
 * tabs (its notes, or its sub-topics and progress) and focus mode. The note keeps the height.
 */
export function SkillBar({ skill, noteCount }: { skill: Skill; noteCount: number }) {
  const progress = useStore((s) => s.data?.skills[skill.id])
  const tab = useStore((s) => s.skillTab)
  const setTab = useStore((s) => s.setSkillTab)
  const setFocusMode = useStore((s) => s.setFocusMode)
  const curriculum = useCurriculum()
  const lapsed = useNeedsRevisit().get(skill.id)?.length ?? 0
  const status = progress?.status ?? 'not-started'
  const completion = skillCompletion(skill, progress)
  const heading = useRef<HTMLHeadingElement>(null)
  // Landing on the skill (a link, a search hit, the palette): its name comes into view and takes focus.
  useIntent(`skill:${skill.id}`, () => void focusInView(heading.current, 'nearest'))
  const tabs = useRef<(HTMLButtonElement | null)[]>([])
  // The panel that goes takes its focused parts with it (the note editor blurs as it closes): the
  // chosen tab keeps the focus once the new panel is in, unless the learner has moved on.
  const choose = (index: number): void => {
    setTab(TABS[index]![0])
    tabs.current[index]?.focus()
    requestAnimationFrame(() => {
      if (document.activeElement === document.body) tabs.current[index]?.focus()
    })
  }
  const onTabKey = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    event.preventDefault()
    choose((index + step + TABS.length) % TABS.length)
  }
  return (
    <div className="skill-bar-main">
      <div className="skill-bar-title">
        <h2 id="skill-detail-title" ref={heading} tabIndex={-1}>
          {skill.title}
        </h2>
        <p className="skill-bar-facts">
          <span className="pill">{categoryTitle(curriculum, skill.category)}</span>
          <span className={`pill pill-status status-${status}`}>{STATUS_LABELS[status]}</span>
          {completion === null ? null : <span className="skill-bar-percent">{percent(completion)}%</span>}
          {lapsed > 0 ? <RevisitBadge cards={lapsed} skillTitle={skill.title} /> : null}
        </p>
      </div>
      <div role="tablist" aria-label={`${skill.title}: notes or progress`} className="skill-tabs">
        {TABS.map(([value, label], index) => (
          <button
            key={value}
            ref={(element) => void (tabs.current[index] = element)}
            type="button"
            role="tab"
            id={`skill-tab-button-${value}`}
            aria-selected={tab === value}
            aria-controls={tabPanelId(value)}
            tabIndex={tab === value ? 0 : -1}
            onClick={() => choose(index)}
            onKeyDown={(event) => onTabKey(event, index)}
          >
            {label}
            {value === 'notes' && noteCount > 0 ? <span className="tab-count">{formatCount(noteCount)}</span> : null}
          </button>
        ))}
      </div>
      <button
        type="button"
        className="focus-button"
        aria-keyshortcuts="Control+Shift+F Meta+Shift+F"
        title={`Focus mode (${FOCUS_KEY})`}
        onClick={() => setFocusMode(true)}
      >
        <Icon name="focus" />
        <span className="visually-hidden">Focus mode</span>
      </button>
    </div>
  )
}
