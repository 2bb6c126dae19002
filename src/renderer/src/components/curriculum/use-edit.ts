import type { CurriculumEditRequest } from '../../state/curriculum-slice'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'

/** Sends one edit and answers main's message when it was refused (null when it went through). */
export function useEdit(): (edit: CurriculumEditRequest) => Promise<string | null> {
  const edit = useStore((s) => s.curriculum.edit)
  return async (request) => failureOf(await edit(request))
}
