import { useId, useRef, useState } from 'react'
import type { LevelId } from '../../../../shared/curriculum/levels'
import type { GoalView } from '../../../../shared/levels/readiness'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { useIntent } from '../../state/intent'
import { focusInView } from '../common/focus'
import { GoalForm } from './GoalForm'
import { SkillLinks } from './SkillLinks'
import { Icon } from '../common/Icon'

/** Where a goal sits among the learner's own, so the move buttons know their ends. */
export interface GoalPlace {
  index: number
  count: number
}

/** One goal: its tick, its skills and, for the learner's own goals, move, edit and delete. */
export function GoalRow(props: {
  level: LevelId
  goal: GoalView
  shown: boolean
  place?: GoalPlace
  onError: (message: string | null) => void
  afterDelete?: () => void
}) {
  const { level, goal, shown, place, onError } = props
  const id = useId()
  const setGoalDone = useStore((s) => s.levels.setGoalDone)
  const checkbox = useRef<HTMLInputElement>(null)
  // The tick shows at once; the stored value takes over when main answers (or reverts on failure).
  const [ticking, setTicking] = useState<boolean | null>(null)
  const tick = async (done: boolean): Promise<void> => {
    setTicking(done)
    onError(failureOf(await setGoalDone(level, goal.id, done)))
    setTicking(null)
  }

  // Landing on the goal (the Dashboard, the palette): its tick comes into view and takes focus. In a
  // closed level it cannot; showItem opens the level first and this acts once it shows.
  useIntent(`goal:${goal.id}`, () => void focusInView(checkbox.current), shown)

  return (
    <li className={`goal${goal.done ? ' goal-done' : ''}`}>
      <div className="goal-main">
        <input
          ref={checkbox}
          id={`${id}-tick`}
          type="checkbox"
          checked={ticking ?? goal.done}
          aria-describedby={`${id}-skills`}
          onChange={(event) => void tick(event.target.checked)}
        />
        <div className="goal-text">
          <label htmlFor={`${id}-tick`} className="goal-title">
            {goal.title}
          </label>
          <SkillLinks id={`${id}-skills`} skillIds={goal.skillIds} />
        </div>
      </div>
      {goal.custom && place ? <OwnGoalActions {...props} place={place} /> : null}
    </li>
  )
}

function OwnGoalActions({
  level,
  goal,
  place,
  onError,
  afterDelete,
}: Parameters<typeof GoalRow>[0] & { place: GoalPlace }) {
  const moveGoal = useStore((s) => s.levels.moveGoal)
  const updateGoal = useStore((s) => s.levels.updateGoal)
  const deleteGoal = useStore((s) => s.levels.deleteGoal)
  const [mode, setMode] = useState<'idle' | 'edit'>('idle')
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  const editRef = useRef<HTMLButtonElement>(null)
  const atTop = place.index === 0
  const atBottom = place.index === place.count - 1

  async function move(to: 'up' | 'down'): Promise<void> {
    if ((to === 'up' && atTop) || (to === 'down' && atBottom)) return
    onError(failureOf(await moveGoal(level, goal.id, to)))
    // Reordering moves this row in the DOM, which drops focus; put it back on the same button.
    requestAnimationFrame(() => (to === 'up' ? upRef : downRef).current?.focus())
  }

  async function remove(): Promise<void> {
    const outcome = await deleteGoal(level, goal.id)
    onError(failureOf(outcome))
    if (outcome.ok) afterDelete?.()
  }

  if (mode === 'edit') {
    return (
      <GoalForm
        titleLabel={`New title for “${goal.title}”`}
        submitLabel="Save goal"
        autoFocus
        initialTitle={goal.title}
        initialSkillIds={goal.skillIds}
        onSubmit={async (title, skillIds) => {
          const outcome = await updateGoal(level, goal.id, title, skillIds)
          if (outcome.ok) {
            setMode('idle')
            requestAnimationFrame(() => editRef.current?.focus())
          }
          return outcome
        }}
        onCancel={() => setMode('idle')}
      />
    )
  }
  return (
    <div className="goal-actions">
      <button
        type="button"
        ref={upRef}
        aria-disabled={atTop || undefined}
        onClick={() => void move('up')}
        aria-label={`Move up: ${goal.title}`}
      >
        Move up
      </button>
      <button
        type="button"
        ref={downRef}
        aria-disabled={atBottom || undefined}
        onClick={() => void move('down')}
        aria-label={`Move down: ${goal.title}`}
      >
        Move down
      </button>
      <button type="button" ref={editRef} onClick={() => setMode('edit')} aria-label={`Edit: ${goal.title}`}>
        <Icon name="edit" />
        Edit
      </button>
      <button type="button" onClick={() => void remove()} aria-label={`Delete: ${goal.title}`}>
        <Icon name="delete" />
        Delete
      </button>
    </div>
  )
}
