import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createRealApi } from '../../../support/real-api'
import { MAX_DIAGRAM_SOURCE } from '../../../../src/shared/diagrams/diagram-answer'

let real: Awaited<ReturnType<typeof createRealApi>>
beforeEach(async () => void (real = await createRealApi()))
afterEach(() => real.dispose())

describe('the diagrams channel', () => {
  it('refuses a source past the limit and a theme it does not know, before anything is drawn', async () => {
    const long = await real.api.diagrams.render({ source: 'x'.repeat(MAX_DIAGRAM_SOURCE + 1), theme: 'light' })
    expect(long).toMatchObject({ ok: false, error: { message: expect.stringContaining('at most 20000 characters') } })
    const theme = await real.api.diagrams.render({ source: 'graph TD; A', theme: 'sepia' as 'light' })
    expect(theme).toMatchObject({ ok: false })
  })

  it('answers a page that cannot draw as the diagram’s error, not a failed call', async () => {
    // The test services have no Chromium: the real page is covered by the e2e specs.
    expect(await real.api.diagrams.render({ source: 'x'.repeat(MAX_DIAGRAM_SOURCE), theme: 'dark' })).toEqual({
      ok: true,
      value: { error: 'Drawing diagrams needs Chromium: covered by the e2e specs.' },
    })
  })
})
