import { afterEach, describe, expect, it, vi } from 'vitest'
import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import MarkdownPreview from '../../src/renderer/src/components/notes/MarkdownPreview'

const NOTE = [
  'Two queries:',
  '',
  '```js',
  'const rows = await db.query("SELECT 1")',
  '```',
  '',
  '```sql',
  'SELECT id FROM users;',
  '```',
].join('\n')

function block(label: string): HTMLElement {
  const head = screen.getByText(label, { selector: '.code-block-language' })
  return head.closest<HTMLElement>('.code-block') ?? head
}

describe('a code block in the note preview', () => {
  afterEach(() => vi.restoreAllMocks())

  // First in the file: the app keeps the highlighter once loaded, so later previews start highlighted.
  it('shows its language, plain at first, then highlighted once the highlighter has loaded', async () => {
    render(<MarkdownPreview source={NOTE} />)
    const js = block('JavaScript')
    expect(js.querySelector('code')?.textContent).toBe('const rows = await db.query("SELECT 1")')
    expect(js.querySelectorAll('code span')).toHaveLength(0)
    await waitFor(() => expect(js.querySelector('code .hljs-keyword')?.textContent).toBe('const'))
    expect(js.querySelector('code .hljs-string')?.textContent).toBe('"SELECT 1"')
    expect(block('SQL').querySelector('code .hljs-keyword')?.textContent).toBe('SELECT')
    expect(js.querySelector('code')?.textContent).toBe('const rows = await db.query("SELECT 1")')
  })

  it('copies its code from the keyboard and says so', async () => {
    const user = userEvent.setup()
    const writeText = vi.spyOn(navigator.clipboard, 'writeText')
    render(<MarkdownPreview source={NOTE} />)
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy JavaScript code' }))
    // Then the code itself, which scrolls sideways from the keyboard when a line is too long.
    await user.tab()
    expect(document.activeElement).toBe(block('JavaScript').querySelector('pre'))
    await user.tab()
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Copy SQL code' }))
    await user.keyboard('{Enter}')
    await screen.findByRole('button', { name: 'Copied SQL code' })
    expect(writeText).toHaveBeenCalledWith('SELECT id FROM users;')
    expect(await navigator.clipboard.readText()).toBe('SELECT id FROM users;')
    expect(within(block('SQL')).getByRole('status').textContent).toBe('SQL code copied to the clipboard.')
    expect(screen.getByRole('button', { name: 'Copy JavaScript code' })).toBeTruthy()
  })

  it('says when the clipboard refuses, and the code stays there to select', async () => {
    const user = userEvent.setup()
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Denied', 'NotAllowedError'))
    render(<MarkdownPreview source={NOTE} />)
    await user.click(screen.getByRole('button', { name: 'Copy JavaScript code' }))
    await screen.findByRole('button', { name: 'Not copied JavaScript code' })
    expect(within(block('JavaScript')).getByRole('status').textContent).toMatch(/refused/)
  })

  it('labels a block whose fence names no language as Text, with its copy button', () => {
    render(<MarkdownPreview source={'```\nplain words\n```'} />)
    expect(screen.getByText('Text', { selector: '.code-block-language' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Copy Text code' })).toBeTruthy()
  })
})
