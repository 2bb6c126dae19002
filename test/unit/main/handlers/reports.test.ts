import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { createCore, type Core } from '../../../../src/main/core'
import { DEFAULT_REPORT_OPTIONS } from '../../../../src/shared/report/defaults'
import { dayOf, systemTimeZone } from '../../../../src/shared/calendar/days'
import type { Services } from '../../../../src/main/services'
import { tempDir } from '../../../support/temp-dir'
import { testServices } from '../../../support/test-services'
import { richState, seededState } from '../../../support/report-fixture'
import type { Report } from '../../../../src/shared/report/schema'
import { TEST_NOW, testClock } from '../../../support/test-clock'

let temp: Awaited<ReturnType<typeof tempDir>>
let core: Core
let services: Services & { printed: string[] }

beforeEach(async () => {
  temp = await tempDir()
  const base = testServices(temp.dir)
  const printed: string[] = []
  // PDF bytes here are a stand-in; the e2e spec prints real ones in Chromium.
  services = {
    ...base,
    printed,
    printToPdf: (html) => (printed.push(html), Promise.resolve(new TextEncoder().encode('%PDF-stand-in'))),
  }
  core = await createCore({
    dataDir: temp.dir,
    services,
    log: () => undefined,
    checkResponses: true,
    clock: testClock(),
  })
  await core.store.replace(seededState())
})
afterEach(async () => {
  await core.close()
  await temp.remove()
})

const exportAs = (format: string, options: unknown = DEFAULT_REPORT_OPTIONS) =>
  core.dispatch('reports:export', { format, options })

describe('reports:build', () => {
  it('answers the report model for the preview, with note text from main', async () => {
    const result = await core.dispatch('reports:build', { options: { ...DEFAULT_REPORT_OPTIONS, notes: 'full' } })
    if (!result.ok) throw new Error(result.error.message)
    const report = result.value as { sections: Array<{ kind: string; items?: Array<{ text: string }> }> }
    expect(report.sections.map((s) => s.kind)).toEqual(['overview', 'categories', 'levels', 'skills', 'notes'])
    expect(report.sections[4]?.items?.[0]?.text).toContain('<script>')
  })

  it('feeds levels, framework marks, study time and evidence from the stored slices', async () => {
    await core.store.replace(richState())
    const result = await core.dispatch('reports:build', { options: DEFAULT_REPORT_OPTIONS })
    if (!result.ok) throw new Error(result.error.message)
    const report = result.value as Report
    expect(report.sections.map((s) => s.kind)).toEqual([
      'overview',
      'categories',
      'levels',
      'skills',
      'frameworks',
      'evidence',
      'activity',
      'notes',
    ])
    const find = <K extends Report['sections'][number]['kind']>(kind: K) =>
      report.sections.find((s) => s.kind === kind) as Extract<Report['sections'][number], { kind: K }>
    expect(find('levels').levels.map((l) => l.percent)).toEqual([42, 11, 15])
    expect(find('frameworks').items.map((f) => f.name)).toEqual(['Django', 'Express'])
    // Whatever the system zone, the sessions add up to the same total.
    expect(find('activity').totalMinutes).toBe(145)
    expect(find('evidence').skills.map((s) => s.skillId)).toEqual(['databases', 'apis'])
  })

  it('refuses a reversed date range with a readable message', async () => {
    const result = await core.dispatch('reports:build', {
      options: { ...DEFAULT_REPORT_OPTIONS, from: '2026-12-01', to: '2026-01-01' },
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'options.from: The start of the date range must not be after its end.',
      },
    })
  })
})

describe('reports:export', () => {
  it('writes each format to the chosen path under a dated name', async () => {
    const day = dayOf(TEST_NOW, systemTimeZone())
    const expected: Record<string, RegExp> = {
      md: /^# Groundwork progress report\n/,
      html: /^<!doctype html>/,
      csv: /^\uFEFFSkill,Category,Status/,
    }
    for (const [format, start] of Object.entries(expected)) {
      const result = await exportAs(format)
      if (!result.ok) throw new Error(result.error.message)
      const { path } = result.value as { path: string }
      expect(path.endsWith(`exports/groundwork-report-${day}.${format}`)).toBe(true)
      expect(await readFile(path, 'utf8')).toMatch(start)
    }
  })

  it('prints the same HTML to PDF and writes the bytes', async () => {
    const result = await exportAs('pdf')
    if (!result.ok) throw new Error(result.error.message)
    expect(await readFile((result.value as { path: string }).path, 'utf8')).toBe('%PDF-stand-in')
    expect(services.printed[0]).toMatch(/^<!doctype html>/)
    expect(services.printed[0]).toContain('Databases')
  })

  it('always puts every skill in a CSV, even with the skills section switched off', async () => {
    const result = await exportAs('csv', {
      ...DEFAULT_REPORT_OPTIONS,
      include: { ...DEFAULT_REPORT_OPTIONS.include, skills: false },
    })
    const text = await readFile((result as { value: { path: string } }).value.path, 'utf8')
    expect(text.trimEnd().split('\r\n')).toHaveLength(16)
  })

  it('answers that the dialog was cancelled, as a value, when the save dialog is closed, and writes nothing', async () => {
    services.showSaveDialog = () => Promise.resolve(null)
    expect(await exportAs('md')).toEqual({ ok: true, value: { cancelled: true } })
  })

  it('refuses an unknown format', async () => {
    expect(await exportAs('docx')).toMatchObject({ ok: false, error: { code: 'invalid-payload' } })
  })
})
