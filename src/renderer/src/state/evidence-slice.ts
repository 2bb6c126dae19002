import type { StateCreator } from 'zustand'
import type { EvidenceItem, EvidenceKind } from '../../../shared/model'
import { call, patchData, type Outcome } from './call'
import type { Store } from './store'
import { offeringUndo } from './undo-slice'

/** Evidence actions; a failure comes back as the message the form shows. */
export interface EvidenceSlice {
  evidence: {
    add: (item: { skillId: string; url: string; title: string; kind: EvidenceKind }) => Promise<Outcome>
    remove: (skillId: string, id: string) => Promise<Outcome>
  }
}

/** The evidence slice: evidence actions. */
export const createEvidenceSlice: StateCreator<Store, [], [], EvidenceSlice> = (set, get) => {
  const apply = ({ skillId, items }: { skillId: string; items: EvidenceItem[] }): void =>
    patchData(set, 'evidence', (evidence) => ({ ...evidence, [skillId]: items }))
  return {
    evidence: {
      add: (item) => call('evidence.add', item, { apply }),
      remove: (skillId, id) => {
        const title = get().data?.evidence[skillId]?.find((item) => item.id === id)?.title ?? 'link'
        return offeringUndo(
          get,
          `Removed the link “${title}”.`,
          id,
          call('evidence.remove', { skillId, id }, { apply }),
        )
      },
    },
  }
}
