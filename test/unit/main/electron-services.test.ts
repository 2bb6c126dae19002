import { beforeEach, describe, expect, it, vi } from 'vitest'
import { recorded, resetRecorded } from '../../support/fake-electron'
import { HARDENED_WEB_PREFERENCES } from '../../support/hardened-web-preferences'

vi.mock('electron', async () => (await import('../../support/fake-electron')).electronModule)
const { electronServices } = await import('../../../src/main/electron-services')

beforeEach(() => resetRecorded())

describe('printing a report to PDF', () => {
  it('uses a hidden, script-less window with the hardened webPreferences and no preload, then destroys it', async () => {
    const html = '<h1>Report</h1>'
    const bytes = await electronServices(() => null).printToPdf(html)
    expect(recorded.windows).toHaveLength(1)
    const [win] = recorded.windows
    expect(win?.options).toEqual({ show: false, webPreferences: { ...HARDENED_WEB_PREFERENCES, javascript: false } })
    expect(win?.loaded).toBe(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`)
    expect(new TextDecoder().decode(bytes)).toContain('"pageSize":"A4"')
    expect(win?.destroyed).toBe(true)
  })
})
