import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { CSV_HEADER, csvField, renderCsv, toCsv } from '../../../../src/shared/report/csv'
import { renderMarkdown } from '../../../../src/shared/report/markdown'
import { buildReport } from '../../../../src/shared/report/model'
import { reportSourceOf } from '../../../../src/shared/report/source'
import type { Report } from '../../../../src/shared/report/schema'
import { CONTEXT, NOW, optionsWith, richState } from '../../../support/report-fixture'

/** A strict RFC 4180 reader, written independently of the writer, to read exports back. */
function readCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let i = 0
  while (i < text.length) {
    if (text[i] === '"') {
      i += 1
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quote')
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"'
          i += 2
        } else if (text[i] === '"') break
        else field += text[i++]
      }
      i += 1
    }
    if (text.startsWith('\r\n', i)) {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i += 2
    } else if (text[i] === ',') {
      row.push(field)
      field = ''
      i += 1
    } else if (i < text.length) {
      if (text[i] === '"' || text[i] === '\r' || text[i] === '\n')
        throw new Error(`bare ${JSON.stringify(text[i])} at ${i}`)
      field += text[i++]
    }
  }
  if (field !== '' || row.length > 0) throw new Error('last row lacks CRLF')
  return rows
}

describe('csvField and toCsv', () => {
  it('quote only what needs it and double quotes inside', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a,b')).toBe('"a,b"')
    expect(csvField('say "hi"')).toBe('"say ""hi"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
    expect(csvField(42)).toBe('42')
  })

  it('keep formulas from running in a spreadsheet', () => {
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)")
    expect(csvField('+1')).toBe("'+1")
    expect(csvField('-2')).toBe("'-2")
    expect(csvField('@cmd')).toBe("'@cmd")
    expect(csvField('=HYPERLINK("x","y")')).toBe('"\'=HYPERLINK(""x"",""y"")"')
  })

  it('read back exactly through an RFC 4180 reader, apart from the formula guard', () => {
    const cell = fc.string({ maxLength: 20 })
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const guarded = rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
        expect(readCsv(toCsv(rows))).toEqual(guarded)
      }),
      { numRuns: 300 },
    )
  })
})

describe('renderCsv', () => {
  const csv = renderCsv(buildReport(reportSourceOf(richState(), CONTEXT), optionsWith(), CONTEXT))

  it('matches the reviewed golden file', async () => {
    await expect(csv).toMatchFileSnapshot('golden/report.csv')
  })

  it('has a header row and one row per skill, CRLF line ends', () => {
    const rows = readCsv(csv)
    expect(rows[0]).toEqual([...CSV_HEADER])
    expect(rows).toHaveLength(16)
    expect(csv.split('\r\n')).toHaveLength(17)
    expect(rows[2]).toEqual([
      'Databases',
      'Technical skills',
      'Learning',
      '43',
      '3',
      '3',
      '7',
      'Relational tables and SQL (PostgreSQL, MySQL); Create, read, update, delete from code; Indexes and why queries get slow',
      '1',
      '2026-11-20',
      '90',
      'https://github.com/learner/shop-db?tab=readme&x="1"',
    ])
    expect(rows[3]?.slice(-2)).toEqual(['40', 'javascript:top.__xss=1 | https://example.org/rest-notes'])
    expect(rows[5]?.[3]).toBe('')
    expect(rows[5]?.slice(-2)).toEqual(['', ''])
  })

  it('leaves the minutes and evidence columns blank when those parts are switched off', () => {
    const lean = readCsv(
      renderCsv(
        buildReport(
          reportSourceOf(richState(), CONTEXT),
          optionsWith({ include: { activity: false, evidence: false } }),
          CONTEXT,
        ),
      ),
    )
    expect(lean[2]?.slice(-2)).toEqual(['', ''])
    const october = readCsv(
      renderCsv(buildReport(reportSourceOf(richState(), CONTEXT), optionsWith({ to: '2026-10-31' }), CONTEXT)),
    )
    expect(october[2]?.slice(-2)).toEqual(['60', ''])
    expect(october[3]?.slice(-2)).toEqual(['', 'https://example.org/rest-notes'])
  })

  it('quotes user text with commas, quotes and line breaks', () => {
    const report: Report = {
      title: 't',
      generatedAt: NOW.toISOString(),
      generatedOn: '25 Nov 2026',
      range: {},
      sections: [
        {
          kind: 'skills',
          showConfidence: true,
          showSubtopics: true,
          listNotStarted: true,
          rows: [
            {
              id: 'x',
              title: 'A "quoted",\nskill',
              category: '=cmd',
              status: 'learning',
              statusLabel: 'Learning',
              percent: 10,
              confidence: 0,
              subtopics: [],
              notes: 0,
            },
          ],
        },
      ],
    }
    expect(readCsv(renderCsv(report))[1]?.slice(0, 5)).toEqual(['A "quoted",\nskill', "'=cmd", 'Learning', '10', ''])
  })
})

describe('a timer run under a minute in the reports', () => {
  it('is kept as tenths of a minute in the CSV and written "under 1 min" in the Markdown, never 0', () => {
    const state = richState()
    // Only a 30-second timer run on APIs, on the day before the report.
    const start = new Date(NOW.getTime() - 86_400_000)
    state.study.sessions = [
      {
        id: 's-short',
        skillId: 'apis',
        start: start.toISOString(),
        end: new Date(start.getTime() + 30_000).toISOString(),
        minutes: 0.5,
        manual: false,
      },
    ]
    const report = buildReport(reportSourceOf(state, CONTEXT), optionsWith(), CONTEXT)
    const rows = readCsv(renderCsv(report))
    const minutesColumn = rows[0]!.indexOf(CSV_HEADER[10])
    expect(rows.find((row) => row[0] === 'APIs')?.[minutesColumn]).toBe('0.5')
    const markdown = renderMarkdown(report)
    expect(markdown).toContain('under 1 min')
    expect(markdown).not.toMatch(/\b0 min\b/)
  })
})
