import type { Curriculum } from '../schemas/curriculum'
import type { FrameworkMark } from './prefs'
import { own } from '../own'

/** One framework the learner has marked, as Reports lists it. */
export interface MarkedFramework {
  id: string
  name: string
  mark: FrameworkMark
}

/**
 * The frameworks the learner marks as "learning" or "used", sorted by name. Takes any state
 * with a frameworks slice (the full state or the renderer's view); unknown ids are skipped.
 */
export function frameworkMarks(state: {
  curriculum: Curriculum
  frameworks: { marks: Partial<Record<string, FrameworkMark>> }
}): MarkedFramework[] {
  const marks = state.frameworks.marks
  return state.curriculum.frameworks
    .flatMap((framework) => {
      const mark = own(marks, framework.id)
      return mark ? [{ id: framework.id, name: framework.name, mark }] : []
    })
    .sort((a, b) => a.name.localeCompare(b.name))
}
