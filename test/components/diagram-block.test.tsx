import { describe, expect, it } from 'vitest'
import { render, screen } from '@testing-library/react'
import MarkdownPreview from '../../src/renderer/src/components/notes/MarkdownPreview'
import { withRealApi } from '../support/with-real-api'

withRealApi({ load: false })

const SOURCE = 'flowchart LR\n  Client --> API'

describe('a Mermaid block in the note preview', () => {
  it('shows its source while it is drawn, and beside it why it could not be drawn, never a blank', async () => {
    // The test services have no Chromium, so main answers why it cannot draw (the real page is in the e2e specs).
    render(<MarkdownPreview source={`Before\n\n\`\`\`mermaid\n${SOURCE}\n\`\`\``} />)
    const label = screen.getByText('Mermaid diagram')
    const block = label.closest<HTMLElement>('.diagram-block')
    expect(block?.querySelector('pre')?.textContent).toBe(SOURCE)
    expect(block?.querySelector('img')).toBeNull()
    expect(screen.getByRole('button', { name: 'Copy Mermaid code' })).toBeTruthy()
    expect(await screen.findByText('This diagram could not be drawn:')).toBeTruthy()
    expect(block?.querySelector('.diagram-error-detail')?.textContent).toBe(
      'Drawing diagrams needs Chromium: covered by the e2e specs.',
    )
    expect(block?.querySelector('pre')?.textContent).toBe(SOURCE)
  })
})
