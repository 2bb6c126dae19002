import type { StateCreator } from 'zustand'
import type { SkillProgress, SkillStatus } from '../../../shared/model'
import { call, inBanner, optimisticWrite, patchData, type AnswerOf, type CallOptions, type Outcome } from './call'
import type { Store } from './store'

/** Actions on skill progress (each takes the record main stored), and the skill shown in detail. */
export interface SkillsSlice {
  /** The skill open in the detail pane (null: the first one). */
  selectedSkillId: string | null
  /** The note open in the editor (null: the skill's most recent note, or a new one). */
  selectedNoteId: string | null
  /** Opens a skill, and one of its notes when `noteId` is given (the note list scrolls to it). */
  selectSkill: (skillId: string, noteId?: string | null) => void
  /** Stops showing note `id` in the editor (it was deleted). */
  forgetNote: (id: string) => void
  /** Each change shows at once (a checkbox or select must not flicker back); a failure goes back and says why in the banner. */
  skills: {
    setStatus: (skillId: string, status: SkillStatus) => Promise<Outcome>
    setConfidence: (skillId: string, confidence: number) => Promise<Outcome>
    setSubtopic: (skillId: string, subtopicId: string, done: boolean) => Promise<Outcome>
  }
}

const NOT_STARTED: SkillProgress = { status: 'not-started', confidence: 0, subtopics: {} }

/** The skills slice: the skill and note shown, and skill progress actions. */
export const createSkillsSlice: StateCreator<Store, [], [], SkillsSlice> = (set, get) => {
  // A skill's record as main stored it (or none: never touched).
  const record = (skillId: string, progress: SkillProgress | undefined): void =>
    patchData(set, 'skills', (skills) => {
      const next = { ...skills }
      if (progress) next[skillId] = progress
      else delete next[skillId]
      return next
    })

  // Every skill channel answers the skill's record as stored.
  type Send = (options: CallOptions<AnswerOf<'skills.setStatus'>>) => Promise<Outcome>
  const save = (
    skillId: string,
    what: string,
    change: (p: SkillProgress) => SkillProgress,
    send: Send,
  ): Promise<Outcome> =>
    inBanner(
      get,
      send({
        // Quick changes to one skill build on each other; the newest answer holds them all.
        key: `skills:${skillId}`,
        optimistic: optimisticWrite(
          () => get().data?.skills[skillId],
          (progress) => record(skillId, progress),
          (progress) => change(progress ?? NOT_STARTED),
        ),
        apply: ({ progress }) => record(skillId, progress),
        failure: `Could not save the ${what}`,
      }),
    )

  return {
    selectedSkillId: null,
    selectedNoteId: null,
    selectSkill: (skillId, noteId = null) => set({ selectedSkillId: skillId, selectedNoteId: noteId }),
    forgetNote: (id) => set((s) => (s.selectedNoteId === id ? { selectedNoteId: null } : {})),
    skills: {
      setStatus: (skillId, status) =>
        save(
          skillId,
          'status',
          (p) => ({ ...p, status }),
          (o) => call('skills.setStatus', { skillId, status }, o),
        ),
      setConfidence: (skillId, confidence) =>
        save(
          skillId,
          'confidence rating',
          (p) => ({ ...p, confidence }),
          (o) => call('skills.setConfidence', { skillId, confidence }, o),
        ),
      setSubtopic: (skillId, subtopicId, done) =>
        save(
          skillId,
          'sub-topic',
          (p) => ({
            ...p,
            subtopics: { ...p.subtopics, [subtopicId]: done },
            status: done && p.status === 'not-started' ? 'learning' : p.status,
          }),
          (o) => call('skills.setSubtopic', { skillId, subtopicId, done }, o),
        ),
    },
  }
}
