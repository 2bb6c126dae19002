import { appStateSchema, type AppState } from '../../src/shared/model'
import { DEFAULT_REPORT_OPTIONS } from '../../src/shared/report/defaults'
import type { ReportOptions } from '../../src/shared/report/schema'

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
    schemaVersion: 1,
    skills: {
      languages: { status: 'done', confidence: 5, subtopics: { oop: true }, updatedAt: '2026-11-01T09:00:00.000Z' },
      databases: { status: 'learning', confidence: 3, subtopics: { relational: true, crud: true, indexes: true }, updatedAt: '2026-11-20T10:00:00.000Z' },
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
export function optionsWith(change: Omit<Partial<ReportOptions>, 'include'> & { include?: Partial<ReportOptions['include']> } = {}): ReportOptions {
  return { ...DEFAULT_REPORT_OPTIONS, ...change, include: { ...DEFAULT_REPORT_OPTIONS.include, ...change.include } }
}
