import type { StateCreator } from 'zustand'
import type { EvidenceItem, EvidenceKind } from '../../../shared/model'
import { call, messageOf } from './call'
import type { Store } from './store'

/** Evidence actions; each resolves to an error message for the UI, or null on success. */
export interface EvidenceSlice {
  addEvidence: (item: { skillId: string; url: string; title: string; kind: EvidenceKind }) => Promise<string | null>
  removeEvidence: (skillId: string, id: string) => Promise<string | null>
  /** Hands a stored link to the OS browser (main checks it again). */
  openEvidence: (url: string) => Promise<string | null>
}

export const createEvidenceSlice: StateCreator<Store, [], [], EvidenceSlice> = (set) => {
  const take = ({ skillId, items }: { skillId: string; items: EvidenceItem[] }): void =>
    set((s) => (s.data ? { data: { ...s.data, evidence: { ...s.data.evidence, [skillId]: items } } } : {}))
  return {
    async addEvidence(item) {
      try {
        take(await call(window.api.evidence.add(item)))
        return null
      } catch (error) {
        return messageOf(error)
      }
    },
    async removeEvidence(skillId, id) {
      try {
        take(await call(window.api.evidence.remove({ skillId, id })))
        return null
      } catch (error) {
        return messageOf(error)
      }
    },
    async openEvidence(url) {
      try {
        await call(window.api.app.openExternal({ url }))
        return null
      } catch (error) {
        return messageOf(error)
      }
    },
  }
}
