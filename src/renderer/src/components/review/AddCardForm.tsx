import { useId, useRef, useState } from 'react'
import { visibleSkills } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { useFocusIntent } from '../../state/intent'
import type { Intent } from '../../state/ui-slice'
import './add-card.css'
import { FormFeedback } from '../common/FormFeedback'
import { SkillSelect } from '../common/SkillSelect'

/** What the form shows and starts with; all optional. */
export interface AddCardFormProps {
  /** Ties the card to this skill (no skill picker is shown). */
  skillId?: string
  /** Ties the card to this note (from the notes editor). */
  noteId?: string
  /** Prefix of the field ids, so commands can focus them. */
  idPrefix?: string
  heading?: string
  headingLevel?: 2 | 3 | 4
  /** A command asking for this focuses the form's first field. */
  focusIntent?: Intent
}

/**
 * "Write a card": a question and an answer for review. With `skillId` (and `noteId`, from the
 * notes editor) the card is tied to them; without, the learner picks the skill.
 */
export function AddCardForm({
  skillId,
  noteId,
  idPrefix = 'card',
  heading = 'Write a card',
  headingLevel = 2,
  focusIntent,
}: AddCardFormProps) {
  const addCard = useStore((s) => s.review.addCard)
  const firstSkill = visibleSkills(useCurriculum())[0]?.id ?? ''
  const [chosen, setChosen] = useState(skillId ?? firstSkill)
  const [front, setFront] = useState('')
  const [back, setBack] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const [addedId, setAddedId] = useState<string | null>(null)
  const showItem = useStore((s) => s.showItem)
  const headingId = useId()
  const Heading = `h${headingLevel}` as const
  const question = useRef<HTMLTextAreaElement>(null)
  // The skill picker comes first when there is one.
  useFocusIntent(skillId ? focusIntent : undefined, question)

  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    setSaved(null)
    setAddedId(null)
    const outcome = await addCard({ skillId: skillId ?? chosen, front, back, ...(noteId ? { noteId } : {}) })
    if (!outcome.ok) return setError(outcome.message)
    setError(null)
    setFront('')
    setBack('')
    setSaved(`Card added: “${outcome.value.front}”. It joins your next review.`)
    setAddedId(outcome.value.id)
  }

  return (
    <form className="add-card" aria-labelledby={headingId} onSubmit={(event) => void submit(event)}>
      <Heading id={headingId}>{heading}</Heading>
      {skillId ? null : (
        <SkillSelect
          id={`${idPrefix}-skill`}
          label="Skill"
          value={chosen}
          onChange={setChosen}
          focusIntent={focusIntent}
        />
      )}
      <label>
        Question
        <textarea
          ref={question}
          id={`${idPrefix}-front`}
          value={front}
          onChange={(event) => setFront(event.target.value)}
          rows={2}
          maxLength={1000}
          required
        />
      </label>
      <label>
        Answer
        <textarea
          id={`${idPrefix}-back`}
          value={back}
          onChange={(event) => setBack(event.target.value)}
          rows={3}
          maxLength={1000}
          required
        />
      </label>
      <FormFeedback error={error} status={saved} />
      {/* Written from a note (outside Review): a way to see the card among the learner's own. */}
      {noteId && addedId ? (
        <button type="button" className="link-button" onClick={() => showItem({ kind: 'card', id: addedId })}>
          Show the card in Review
        </button>
      ) : null}
      <button type="submit" className="primary">
        Add card
      </button>
    </form>
  )
}
