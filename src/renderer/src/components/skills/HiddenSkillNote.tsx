import { useState } from 'react'
import type { Skill } from '../../../../shared/curriculum/skills'
import { categoryTitle, isVisibleSkill } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'
import { FormFeedback } from '../common/FormFeedback'

/** Said on a hidden skill opened from a search hit, a link or the palette: what hiding means, and a way to show it again. */
export function HiddenSkillNote({ skill }: { skill: Skill }) {
  const curriculum = useCurriculum()
  const edit = useStore((s) => s.curriculum.edit)
  const [error, setError] = useState<string | null>(null)
  if (isVisibleSkill(curriculum, skill.id)) return null
  const own = curriculum.skills.find((s) => s.id === skill.id)?.hidden === true
  const category = categoryTitle(curriculum, skill.category)
  const show = async (): Promise<void> => {
    const outcome = await edit(
      own
        ? { op: 'hideSkill', skillId: skill.id, hidden: false }
        : { op: 'hideCategory', categoryId: skill.category, hidden: false },
    )
    setError(failureOf(outcome))
  }
  return (
    <div className="hidden-skill-note">
      <p>
        {own ? `${skill.title} is hidden` : `Its category, ${category}, is hidden`}: it counts in no figure, and its
        review cards wait with their schedules. Nothing it holds is lost.
      </p>
      <button type="button" className="small" onClick={() => void show()}>
        {own ? `Show ${skill.title} again` : `Show category ${category} again`}
      </button>
      <FormFeedback error={error} />
    </div>
  )
}
