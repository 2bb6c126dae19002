import { z } from 'zod'
import { settingsSchema } from './schemas/settings'
import { deviceSchema } from './schemas/device'
import { skillProgressSchema, skillsStateSchema, skillStatusSchema } from './schemas/skills'
import { noteSchema, notesStateSchema } from './schemas/notes'
import { frameworksStateSchema } from './schemas/frameworks'
import { freshLevels, levelsStateSchema } from './schemas/levels'
import { reviewStateSchema } from './schemas/review'
import { studyStateSchema } from './schemas/study'
import { evidenceStateSchema } from './schemas/evidence'
import { progressLogSchema } from './schemas/progress-log'
import { curriculumSchema } from './schemas/curriculum'
import { defaultCurriculum } from './curriculum/default'
import { trashStateSchema } from './schemas/trash'
import { noteHistoryStateSchema } from './schemas/note-history'
import { planStateSchema } from './schemas/plan'

/** The schema version this build writes; files with a lower one are migrated on load. */
export const SCHEMA_VERSION = 5

/**
 * The whole data file. New slices are added with a default so older files still parse;
 * only a breaking change bumps SCHEMA_VERSION and adds a step in main/store/migrations.ts.
 */
export const appStateSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  skills: skillsStateSchema.default(() => ({})),
  notes: notesStateSchema.default(() => ({})),
  settings: settingsSchema.prefault({}),
  /** This computer's own (pane sizes, last view, first-start flag): left out of a sync, kept through a restore. */
  device: deviceSchema.prefault({}),
  frameworks: frameworksStateSchema.prefault({}),
  levels: levelsStateSchema.default(freshLevels),
  review: reviewStateSchema.default(() => ({ cards: {}, log: [], custom: {}, noteCards: {} })),
  study: studyStateSchema.default(() => ({ sessions: [], minMinutesPerDay: 15 })),
  evidence: evidenceStateSchema.default(() => ({})),
  progressLog: progressLogSchema.default(() => []),
  /** The learner's own curriculum (since version 2); the built-in one is its seed. */
  curriculum: curriculumSchema.default(defaultCurriculum),
  /** The one trash (since data version 4 it also holds what was deleted from the curriculum), for undo; main only, listed by trash.list. */
  trash: trashStateSchema.default(() => []),
  /** Earlier versions of each note (since data version 3). */
  noteHistory: noteHistoryStateSchema.default(() => ({})),
  /** The study plan's options (added without a version bump: an older file reads as no plan set up). */
  plan: planStateSchema.prefault({}),
})

export type AppState = z.infer<typeof appStateSchema>
export type SkillStatus = z.infer<typeof skillStatusSchema>
export type SkillProgress = z.infer<typeof skillProgressSchema>
export type Note = z.infer<typeof noteSchema>
export type Settings = z.infer<typeof settingsSchema>
export type DeviceState = z.infer<typeof deviceSchema>
export type FrameworksState = z.infer<typeof frameworksStateSchema>
export type { LevelsState, LevelProgress, CustomGoal } from './schemas/levels'
export type { ReviewState, CardState, CustomCard, NoteCard, ReviewLogEntry, Grade } from './schemas/review'
export type { StudyState, StudySession } from './schemas/study'
export type { EvidenceItem, EvidenceKind } from './schemas/evidence'
export type { ProgressSnapshot, ProgressLog } from './schemas/progress-log'
export type { Curriculum, CurriculumSkill, Category, FrameworkRow } from './schemas/curriculum'
export type { TrashEntry, TrashKind, TrashSummary } from './schemas/trash'
export type { PlanState } from './schemas/plan'
export type { NoteVersion, NoteHistoryState, VersionReason } from './schemas/note-history'

/** A brand-new, empty state. */
export function freshState(): AppState {
  return appStateSchema.parse({ schemaVersion: SCHEMA_VERSION })
}
