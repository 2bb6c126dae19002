import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { applyEdit } from '../../../../src/main/curriculum/apply-edit'
import { putInTrash, takeFromTrash } from '../../../../src/main/handlers/trash'
import { appStateSchema, SCHEMA_VERSION, type AppState } from '../../../../src/shared/model'
import { curriculumSchema } from '../../../../src/shared/schemas/curriculum'
import { AppError } from '../../../../src/shared/result'
import { detached, plans, requestOf, type Request } from '../../../support/curriculum-steps'

const NOW = '2026-11-25T12:00:00.000Z'

/** Does what the handlers do with a request, on a state in memory: edits through the real edit logic, records only on live skills. */
function apply(state: AppState, request: Request, newId: (prefix: string) => string): void {
  const live = (skillId: string) => state.curriculum.skills.find((s) => s.id === skillId)
  if ('edit' in request) {
    const { curriculum, removed } = applyEdit(state.curriculum, request.edit, newId)
    state.curriculum = curriculum
    if (removed) putInTrash(state, removed, new Date(NOW))
  } else if ('restore' in request) takeFromTrash(state, request.restore.id, request.restore.skillId)
  else if ('note' in request && live(request.note.skillId)) {
    const id = newId('note')
    state.notes[id] = { id, ...request.note, createdAt: NOW, updatedAt: NOW }
  } else if ('card' in request && live(request.card.skillId)) {
    const id = newId('card')
    state.review.custom[id] = { id, ...request.card, createdAt: NOW }
  } else if ('evidence' in request && live(request.evidence.skillId)) {
    const { skillId, url, title } = request.evidence
    state.evidence[skillId] = [...(state.evidence[skillId] ?? []), { id: newId('ev'), url, title, kind: 'article', addedAt: NOW }]
  } else if ('session' in request && live(request.session.skillId)) {
    state.study.sessions.push({ id: newId('s'), skillId: request.session.skillId, start: NOW, end: NOW, minutes: request.session.minutes, manual: true })
  } else if ('status' in request && live(request.status.skillId)) {
    state.skills[request.status.skillId] = { confidence: 0, subtopics: {}, ...state.skills[request.status.skillId], status: request.status.status }
  } else if ('tick' in request && live(request.tick.skillId)?.subtopics.some((t) => t.id === request.tick.subtopicId)) {
    const { skillId, subtopicId } = request.tick
    const progress = state.skills[skillId] ?? { status: 'learning', confidence: 0, subtopics: {} }
    state.skills[skillId] = { ...progress, subtopics: { ...progress.subtopics, [subtopicId]: true } }
  }
}

describe('any sequence of curriculum edits', () => {
  it('keeps every note, card, evidence link, study session and progress entry attached to a live or trashed skill, and every note word by word', () => {
    fc.assert(
      fc.property(plans(1, 60), (steps) => {
        const state = appStateSchema.parse({ schemaVersion: SCHEMA_VERSION })
        let n = 0
        const newId = (prefix: string) => `${prefix}-${(n += 1)}`
        for (const step of steps) {
          const notesBefore = JSON.stringify(state.notes)
          const request = requestOf(state, step)
          try {
            apply(state, request, newId)
          } catch (error) {
            // A refused edit (an unknown id, a category that still holds skills) must be a readable AppError.
            if (!(error instanceof AppError)) throw error
          }
          expect(detached(state)).toEqual([])
          // Edits never touch a note: every one still holds exactly what was typed.
          if (!('note' in request)) expect(JSON.stringify(state.notes)).toBe(notesBefore)
        }
        expect(curriculumSchema.safeParse(state.curriculum).success).toBe(true)
        expect(appStateSchema.safeParse(state).success).toBe(true)
      }),
      { numRuns: 150 },
    )
  }, 60_000)
})
