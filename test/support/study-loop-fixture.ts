import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { appStateSchema, SCHEMA_VERSION, type AppState } from '../../src/shared/model'
import { middayOf, systemTimeZone } from '../../src/shared/calendar/days'
import type { CardState } from '../../src/shared/schemas/review'
import { TEST_NOW, testDay } from './test-clock'

const MINUTE = 60_000

/** A session of `minutes` at midday of the day `offset` days from today (in the process's zone). */
function sessionOn(
  id: string,
  skillId: string,
  offset: number,
  minutes: number,
): AppState['study']['sessions'][number] {
  const start = middayOf(testDay(offset), systemTimeZone())
  return {
    id,
    skillId,
    start: start.toISOString(),
    end: new Date(start.getTime() + minutes * MINUTE).toISOString(),
    minutes,
    manual: false,
  }
}

/** A card in long-term review, due `days` days from TEST_NOW (negative: overdue). */
function reviewCard(days: number): CardState {
  const due = new Date(TEST_NOW.getTime() + days * 24 * 60 * MINUTE)
  const last = new Date(due.getTime() - 4 * 24 * 60 * MINUTE)
  return {
    due: due.toISOString(),
    stability: 4,
    difficulty: 5,
    elapsed_days: 0,
    scheduled_days: 4,
    learning_steps: 0,
    reps: 3,
    lapses: 0,
    state: 2,
    last_review: last.toISOString(),
    lastGrade: 3,
    lapsed: false,
  }
}

/**
 * A learner mid-way round the study loop, relative to TEST_NOW in the process's zone: a three-day
 * streak (30 min today, 40 yesterday, 20 the day before: 1 h 30 min this week, since a week
 * starts on Monday and TEST_NOW's day is a Wednesday or Thursday in every zone the suite runs in),
 * 1 h last week, two review cards due and one not yet, and three notes on two skills.
 */
export function studyLoopState(): AppState {
  const today = new Date(TEST_NOW.getTime() - 60 * MINUTE)
  return appStateSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    skills: {
      languages: { status: 'done', confidence: 4, subtopics: { oop: true } },
      databases: { status: 'learning', confidence: 3, subtopics: { relational: true, crud: true } },
      apis: { status: 'learning', confidence: 2, subtopics: {} },
    },
    levels: {
      currentLevel: 'entry',
      entry: { targetDate: testDay(40), doneGoalIds: ['entry-one-language'], customGoals: [] },
    },
    study: {
      minMinutesPerDay: 15,
      sessions: [
        {
          id: 's-today',
          skillId: 'databases',
          start: today.toISOString(),
          end: new Date(today.getTime() + 30 * MINUTE).toISOString(),
          minutes: 30,
          manual: false,
        },
        sessionOn('s-1', 'apis', -1, 40),
        sessionOn('s-2', 'languages', -2, 20),
        sessionOn('s-7', 'databases', -7, 45),
        sessionOn('s-8', 'apis', -8, 15),
      ],
    },
    review: {
      cards: {
        'faq-learn-first': reviewCard(-1),
        'faq-collaboration': reviewCard(-0.5),
        'faq-front-vs-back': reviewCard(5),
      },
      log: [],
      custom: {},
    },
    notes: {
      'n-joins': {
        id: 'n-joins',
        skillId: 'databases',
        title: 'Joins, step by step',
        body: 'INNER keeps matches; LEFT keeps every row of the left table.',
        createdAt: '2026-11-10T09:00:00.000Z',
        updatedAt: '2026-11-20T09:00:00.000Z',
      },
      'n-indexes': {
        id: 'n-indexes',
        skillId: 'databases',
        title: 'Why an index speeds up a lookup',
        body: 'A B-tree finds a row in a few steps instead of reading every row.',
        createdAt: '2026-11-12T09:00:00.000Z',
        updatedAt: new Date(TEST_NOW.getTime() - 90 * MINUTE).toISOString(),
      },
      'n-status': {
        id: 'n-status',
        skillId: 'apis',
        title: 'Status codes I keep mixing up',
        body: '401 means not signed in; 403 means signed in but not allowed.',
        createdAt: '2026-11-01T09:00:00.000Z',
        updatedAt: '2026-11-18T09:00:00.000Z',
      },
    },
  })
}

/** A new data folder holding `state` as its data file, for launchApp to start on. */
export async function seededDataDir(state: AppState): Promise<string> {
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'))
  await writeFile(join(dataDir, 'groundwork-data.json'), JSON.stringify(state))
  return dataDir
}
