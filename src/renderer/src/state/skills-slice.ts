import type { StateCreator } from 'zustand'
import type { SkillStatus } from '../../../shared/model'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Actions on skill progress; each takes the record main stored. */
export interface SkillsSlice {
  setSkillStatus(skillId: string, status: SkillStatus): Promise<void>
}

export const createSkillsSlice: StateCreator<Store, [], [], SkillsSlice> = (set) => ({
  async setSkillStatus(skillId, status) {
    try {
      const { progress } = await call(window.api.skills.setStatus({ skillId, status }))
      set((s) => (s.data ? { data: { ...s.data, skills: { ...s.data.skills, [skillId]: progress } } } : {}))
    } catch (error) {
      set({ actionError: `Could not save the status: ${messageOf(error)}` })
    }
  },
})
