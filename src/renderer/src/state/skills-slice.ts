import type { StateCreator } from 'zustand'
import type { SkillProgress, SkillStatus } from '../../../shared/model'
import type { ResponseOf } from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Actions on skill progress (each takes the record main stored), and the skill shown in detail. */
export interface SkillsSlice {
  /** The skill open in the detail pane (null: the first one). */
  selectedSkillId: string | null
  /** The note open in the editor (null: the skill's most recent note, or a new one). */
  selectedNoteId: string | null
  selectSkill: (skillId: string, noteId?: string | null) => void
  setSkillStatus: (skillId: string, status: SkillStatus) => Promise<void>
  setSkillConfidence: (skillId: string, confidence: number) => Promise<void>
  setSubtopic: (skillId: string, subtopicId: string, done: boolean) => Promise<void>
}

export const createSkillsSlice: StateCreator<Store, [], [], SkillsSlice> = (set, get) => {
  const store = (skillId: string, progress: SkillProgress): void =>
    set((s) => (s.data ? { data: { ...s.data, skills: { ...s.data.skills, [skillId]: progress } } } : {}))

  /**
   * Shows the change at once (so a checkbox or select does not flicker back), then takes the
   * record main stored; on failure puts the previous record back and says why.
   */
  async function apply(
    skillId: string,
    optimistic: (progress: SkillProgress) => SkillProgress,
    pending: () => Promise<Result<ResponseOf<'skills', 'setStatus'>>>,
    what: string,
  ): Promise<void> {
    const before = get().data?.skills[skillId]
    store(skillId, optimistic(before ?? { status: 'not-started', confidence: 0, subtopics: {} }))
    try {
      const { progress } = await call(pending())
      store(skillId, progress)
    } catch (error) {
      set((s) => {
        if (!s.data) return {}
        const skills = { ...s.data.skills }
        if (before) skills[skillId] = before
        else delete skills[skillId]
        return { data: { ...s.data, skills }, actionError: `Could not save the ${what}: ${messageOf(error)}` }
      })
    }
  }

  return {
    selectedSkillId: null,
    selectedNoteId: null,
    selectSkill: (skillId, noteId = null) => set({ selectedSkillId: skillId, selectedNoteId: noteId }),
    setSkillStatus: (skillId, status) =>
      apply(skillId, (p) => ({ ...p, status }), () => window.api.skills.setStatus({ skillId, status }), 'status'),
    setSkillConfidence: (skillId, confidence) =>
      apply(skillId, (p) => ({ ...p, confidence }), () => window.api.skills.setConfidence({ skillId, confidence }), 'confidence rating'),
    setSubtopic: (skillId, subtopicId, done) =>
      apply(
        skillId,
        (p) => ({ ...p, subtopics: { ...p.subtopics, [subtopicId]: done }, status: done && p.status === 'not-started' ? 'learning' : p.status }),
        () => window.api.skills.setSubtopic({ skillId, subtopicId, done }),
        'sub-topic',
      ),
  }
}
