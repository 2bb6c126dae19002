import { generateProfile } from '../../bench/profile'
import { appStateSchema, SCHEMA_VERSION, type AppState } from '../../src/shared/model'
import { DEFAULT_REPORT_OPTIONS } from '../../src/shared/report/defaults'
import type { ReportOptions } from '../../src/shared/report/schema'
import type { ReportContext } from '../../src/shared/report/model'

/** A fixed moment, so reports built in tests are the same on every run. */
export const NOW = new Date('2026-11-25T12:00:00.000Z')

/** A note body full of Markdown, HTML, CSV-significant characters and a formula. */
export const NASTY_BODY = [
  '# Not a heading of the report',
  '',
  '```js',
  'const x = `tick` // a fence inside',
  '```',
  '<script>alert("x")</script> & <b>bold</b>',
  '| a | b |',
  '|---|---|',
  '=SUM(A1:A9), "quoted", comma',
  '- [x] fake task',
  '',
].join('\n')

/** A learner part way through: a few statuses, ticks, ratings and two awkward notes. */
export function seededState(): AppState {
  return appStateSchema.parse({
    schemaVersion: SCHEMA_VERSION,
    skills: {
      languages: { status: 'done', confidence: 5, subtopics: { oop: true }, updatedAt: '2026-11-01T09:00:00.000Z' },
      databases: {
        status: 'learning',
        confidence: 3,
        subtopics: { relational: true, crud: true, indexes: true },
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
      apis: { status: 'learning', confidence: 2, subtopics: {}, updatedAt: '2026-11-21T10:00:00.000Z' },
      'web-servers': { status: 'skipped' },
      communication: { status: 'done', confidence: 4 },
    },
    notes: {
      'db-indexes': {
        id: 'db-indexes',
        skillId: 'databases',
        title: 'Indexes | joins, "quotes" & <b>tags</b> *stars*',
        body: NASTY_BODY,
        createdAt: '2026-11-19T08:00:00.000Z',
        updatedAt: '2026-11-20T08:00:00.000Z',
      },
      'api-old': {
        id: 'api-old',
        skillId: 'apis',
        title: '=HYPERLINK("http://example.invalid")',
        body: 'Status codes: 200, 201, 404.\nPUT is idempotent; POST is not.',
        createdAt: '2026-10-01T08:00:00.000Z',
        updatedAt: '2026-10-01T08:00:00.000Z',
      },
    },
  })
}

/** Default options with some fields changed. */
export function optionsWith(
  change: Omit<Partial<ReportOptions>, 'include'> & { include?: Partial<ReportOptions['include']> } = {},
): ReportOptions {
  return { ...DEFAULT_REPORT_OPTIONS, ...change, include: { ...DEFAULT_REPORT_OPTIONS.include, ...change.include } }
}

/** Study days, streak and days left are worked out in this zone, so tests agree everywhere. */
export const TIME_ZONE = 'UTC'

/** The moment, zone and locale every report test builds for (golden files are in en-GB). */
export const CONTEXT: ReportContext = { now: NOW, timeZone: TIME_ZONE, locale: 'en-GB' }

/** An evidence title that would run if a renderer forgot to escape it. */
export const EVIDENCE_TITLE = 'Shop schema <img src=x onerror="top.__xss=1"> & "quotes"'

/** The seeded learner plus levels, framework marks, study sessions and evidence links. */
export function richState(): AppState {
  const state = seededState()
  state.levels.currentLevel = 'entry'
  state.levels.entry = {
    targetDate: '2026-12-31',
    doneGoalIds: ['entry-one-language', 'entry-relational-database', 'own-side-project'],
    customGoals: [
      {
        id: 'own-side-project',
        order: 'a0',
        title: 'Ship a side project <b>& tell</b> people',
        skillIds: ['apis'],
        createdAt: '2026-11-02T09:00:00.000Z',
      },
      {
        id: 'own-pairing',
        order: 'a1',
        title: 'Pair with a senior | weekly',
        skillIds: ['communication'],
        createdAt: '2026-11-03T09:00:00.000Z',
      },
    ],
  }
  state.levels.mid = { targetDate: '2026-11-01', doneGoalIds: [], customGoals: [] }
  state.frameworks.marks = { django: 'used', express: 'learning' }
  state.study.minMinutesPerDay = 15
  state.study.sessions = [
    {
      id: 's-db',
      skillId: 'databases',
      start: '2026-11-24T09:00:00.000Z',
      end: '2026-11-24T09:30:00.000Z',
      minutes: 30,
      manual: true,
    },
    // A timer across midnight: 20 minutes on the 24th, 20 on the 25th.
    {
      id: 's-api',
      skillId: 'apis',
      start: '2026-11-24T23:40:00.000Z',
      end: '2026-11-25T00:20:00.000Z',
      minutes: 40,
      manual: false,
    },
    {
      id: 's-talk',
      skillId: 'communication',
      start: '2026-11-25T08:00:00.000Z',
      end: '2026-11-25T08:15:00.000Z',
      minutes: 15,
      manual: true,
    },
    // Long before any range the tests set.
    {
      id: 's-old',
      skillId: 'databases',
      start: '2026-10-02T09:00:00.000Z',
      end: '2026-10-02T10:00:00.000Z',
      minutes: 60,
      manual: true,
    },
  ]
  state.evidence = {
    databases: [
      {
        id: 'e-shop',
        url: 'https://github.com/learner/shop-db?tab=readme&x="1"',
        title: EVIDENCE_TITLE,
        kind: 'repo',
        addedAt: '2026-11-22T10:00:00.000Z',
      },
    ],
    apis: [
      // As an edited backup could carry it: never a link in any export.
      {
        id: 'e-odd',
        url: 'javascript:top.__xss=1',
        title: 'Odd imported link',
        kind: 'other',
        addedAt: '2026-11-23T10:00:00.000Z',
      },
      {
        id: 'e-old',
        url: 'https://example.org/rest-notes',
        title: 'REST write-up',
        kind: 'article',
        addedAt: '2026-09-01T10:00:00.000Z',
      },
    ],
  }
  return state
}

/** The rich learner with `count` generated study notes as well (the 300-note profile of the layout specs). */
export function manyNotesState(count = 300): AppState {
  const state = richState()
  const { notes } = generateProfile({ notes: count, seed: 300, meanBodyChars: 1500 })
  state.notes = { ...state.notes, ...notes }
  return state
}
