import { describe, expect, it } from 'vitest'
import { Window } from 'happy-dom'
import { renderHtml } from '../../../src/shared/report/html'
import { buildReport } from '../../../src/shared/report/model'
import { reportSourceOf } from '../../../src/shared/report/source'
import { reportEmbeds } from '../../../src/main/report-embeds'
import { DiagramRenderer } from '../../../src/main/diagrams/diagram-renderer'
import { AttachmentStore } from '../../../src/main/attachments/attachment-store'
import type { DiagramRequest } from '../../../src/shared/diagrams/diagram-answer'
import { CONTEXT, optionsWith, richState } from '../../support/report-fixture'
import { tempDir } from '../../support/temp-dir'

const GOOD = 'flowchart LR\n  Client --> API'
const BROKEN = 'flowchart LR\n  A -->'
const BODY = ['Request path:', '', '```mermaid', GOOD, '```', '', 'And a typo:', '', '```mermaid', BROKEN, '```'].join(
  '\n',
)

describe('diagrams in an exported report', () => {
  it('are drawn once each in the light theme and shown as images; a broken one shows its source and its error', async () => {
    const state = richState()
    const note = state.notes['api-old']
    if (!note) throw new Error('fixture changed')
    note.body = `${BODY}\n\n\`\`\`mermaid\n${GOOD}\n\`\`\``
    const report = buildReport(reportSourceOf(state, CONTEXT), optionsWith({ notes: 'full' }), CONTEXT)
    const asked: DiagramRequest[] = []
    const diagrams = new DiagramRenderer((list) => {
      asked.push(...list)
      return Promise.resolve(
        list.map(({ source }) =>
          source === BROKEN ? { error: 'Parse error on line 2' } : { svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' },
        ),
      )
    })
    const temp = await tempDir()
    try {
      const embeds = await reportEmbeds(report, { attachments: new AttachmentStore(temp.dir), diagrams })
      expect(asked).toEqual([
        { source: GOOD, theme: 'light' },
        { source: BROKEN, theme: 'light' },
      ])
      const window = new Window()
      window.document.write(renderHtml(report, embeds))
      const images = [...window.document.querySelectorAll('.diagram-block img')]
      expect(images).toHaveLength(2)
      expect(images[0]?.getAttribute('alt')).toBe('Diagram: flowchart LR')
      expect(images[0]?.getAttribute('src')).toBe(
        `data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}`,
      )
      const broken = [...window.document.querySelectorAll('.diagram-block')].find((b) => b.querySelector('pre'))
      expect(broken?.querySelector('.diagram-error p')?.textContent).toBe('This diagram could not be drawn:')
      expect(broken?.querySelector('.diagram-error-detail')?.textContent).toBe('Parse error on line 2')
      expect(broken?.querySelector('pre')?.textContent).toBe(BROKEN)
      expect(window.document.querySelectorAll('svg')).toHaveLength(0)
    } finally {
      await temp.remove()
    }
  })
})
