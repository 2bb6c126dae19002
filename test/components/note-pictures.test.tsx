import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { undo } from '@codemirror/commands'
import { withRealApi } from '../support/with-real-api'
import { noteBox, noteText, noteView, typeInNote } from '../support/note-editor'
import { chartPng, pngOf, storedName } from '../support/png'
import { useStore } from '../../src/renderer/src/state/store'
import { base64Of } from '../../src/renderer/src/components/notes/pictures/picture-calls'
import {
  KEPT_PICTURES,
  forgetPictureUrls,
  isKeptPictureUrl,
  pictureUrl,
} from '../../src/renderer/src/components/notes/pictures/picture-urls'
import MarkdownPreview from '../../src/renderer/src/components/notes/MarkdownPreview'
import SkillsView from '../../src/renderer/src/views/SkillsView'

const real = withRealApi()
beforeEach(() => forgetPictureUrls())

/** A call held until the test lets it go on to the real handler. */
function held<A extends unknown[], R>(send: (...args: A) => Promise<R>) {
  let release: () => void = () => undefined
  const gate = new Promise<void>((resolve) => (release = resolve))
  let calls = 0
  return {
    send: async (...args: A): Promise<R> => {
      calls++
      await gate
      return send(...args)
    },
    release: () => release(),
    calls: () => calls,
  }
}

/** Pastes files into the note editor as the clipboard hands them over. */
function paste(...files: File[]): void {
  const clipboard = new DataTransfer()
  for (const file of files) clipboard.items.add(file)
  const event = new Event('paste', { bubbles: true, cancelable: true })
  Object.defineProperty(event, 'clipboardData', { value: clipboard })
  act(() => void noteBox().dispatchEvent(event))
}

const pngFile = (name: string, bytes: Uint8Array): File =>
  new File([new Uint8Array(bytes)], name, { type: 'image/png' })

// Each test writes on another skill: a note's editor state outlives its editor while the app runs.
async function openSkill(title: string): Promise<void> {
  const user = userEvent.setup()
  render(<SkillsView />)
  await user.click(screen.getByRole('button', { name: title }))
  await screen.findByRole('textbox', { name: 'Notes' })
}

describe('pictures pasted into a note', () => {
  it('are stored by main and linked at the caret on a line of their own, in one undoable change', async () => {
    await openSkill('Databases')
    await typeInNote('Plan: ')
    const bytes = chartPng(1)
    paste(pngFile('seq-scan.png', bytes))
    const link = `![seq scan](attachments/${storedName(bytes)})`
    await waitFor(() => expect(noteText()).toBe(`Plan: \n${link}`))
    expect(noteView().state.selection.main.head).toBe(noteText().length)
    expect(await readdir(join(real.dataDir, 'attachments'))).toEqual([storedName(bytes)])
    act(() => void undo(noteView()))
    expect(noteText()).toBe('Plan: ')
  })

  it('replaces a selection pasted over in the same one step, and leaves it when the picture is refused', async () => {
    await openSkill('Frontend basics')
    await typeInNote('Plan: old sketch here')
    const view = noteView()
    act(() => view.dispatch({ selection: { anchor: 6, head: 16 } }))
    paste(new File(['plain words'], 'words.png', { type: 'image/png' }))
    await waitFor(() => expect(useStore.getState().actionError).toMatch(/^This file is not a PNG/))
    expect(noteText()).toBe('Plan: old sketch here')
    const bytes = chartPng(6)
    paste(pngFile('new-sketch.png', bytes))
    const link = `![new sketch](attachments/${storedName(bytes)})`
    await waitFor(() => expect(noteText()).toBe(`Plan: \n${link}\n here`))
    act(() => void undo(noteView()))
    expect(noteText()).toBe('Plan: old sketch here')
  })

  it('keeps what is typed while a picture is being stored, and the picture lands where it was pasted', async () => {
    await openSkill('APIs')
    await typeInNote('Plan: ')
    const add = held(real.api.attachments.add)
    window.api = { ...real.api, attachments: { ...real.api.attachments, add: add.send } }
    const bytes = chartPng(2)
    paste(pngFile('index-scan.png', bytes))
    await waitFor(() => expect(add.calls()).toBe(1))
    expect(noteBox().querySelector('.cm-picture-pending')?.textContent).toBe('Adding picture…')
    await typeInNote('the index wins')
    add.release()
    const link = `![index scan](attachments/${storedName(bytes)})`
    await waitFor(() => expect(noteText()).toBe(`Plan: \n${link}\nthe index wins`))
    expect(noteBox().querySelector('.cm-picture-pending')).toBeNull()
    // The caret stayed after the typing.
    expect(noteView().state.selection.main.head).toBe(noteText().length)
  })

  it('puts a picture stored while the text is out of sight into the note all the same', async () => {
    await openSkill('Web servers')
    await typeInNote('Plan')
    const add = held(real.api.attachments.add)
    window.api = { ...real.api, attachments: { ...real.api.attachments, add: add.send } }
    const bytes = chartPng(5)
    paste(pngFile('web-server.png', bytes))
    await waitFor(() => expect(add.calls()).toBe(1))
    // The learner switches to the preview alone: the text box is gone while the picture is stored.
    const user = userEvent.setup()
    await user.click(screen.getByRole('radio', { name: 'Preview' }))
    await waitFor(() => expect(screen.queryByRole('textbox', { name: 'Notes' })).toBeNull())
    add.release()
    const link = `![web server](attachments/${storedName(bytes)})`
    const expected = `Plan\n${link}`
    await waitFor(
      () => expect(Object.values(real.core.store.state.notes).map((note) => note.body)).toEqual([expected]),
      {
        timeout: 3000,
      },
    )
    await user.click(screen.getByRole('radio', { name: 'Edit' }))
    await screen.findByRole('textbox', { name: 'Notes' })
    expect(noteText()).toBe(expected)
    // Its undo history came back with it: the picture is one step.
    act(() => void undo(noteView()))
    expect(noteText()).toBe('Plan')
  })

  it('refuses a file over the size limit before reading it, and a file that is not a picture, leaving the note as it was', async () => {
    await openSkill('Security awareness')
    await typeInNote('Plan')
    const add = held(real.api.attachments.add)
    add.release()
    window.api = { ...real.api, attachments: { ...real.api.attachments, add: add.send } }
    paste(new File([new Uint8Array(21 * 1024 * 1024)], 'huge.png', { type: 'image/png' }))
    await waitFor(() =>
      expect(useStore.getState().actionError).toBe(
        'This picture is 21 MB; a note takes pictures up to 20 MB. It was not added.',
      ),
    )
    expect(add.calls()).toBe(0)
    paste(new File(['plain words'], 'words.png', { type: 'image/png' }))
    await waitFor(() =>
      expect(useStore.getState().actionError).toMatch(/^This file is not a PNG, JPEG, GIF, WebP or SVG/),
    )
    expect(add.calls()).toBe(1)
    expect(noteText()).toBe('Plan')
    expect(noteBox().querySelector('.cm-picture-pending')).toBeNull()
  })

  it('takes the picture file from rich text that carries one, and pastes rich text without one as its plain text', async () => {
    await openSkill('Backend programming languages')
    const pasteRich = (file?: File): void => {
      const clipboard = new DataTransfer()
      clipboard.setData('text/plain', 'copied words')
      // Another program's copy: its <img> points at its own temporary file, which the note must never link.
      clipboard.setData('text/html', '<p>copied words <img src="file:///tmp/other-app/clip.png"></p>')
      if (file) clipboard.items.add(file)
      const event = new Event('paste', { bubbles: true, cancelable: true })
      Object.defineProperty(event, 'clipboardData', { value: clipboard })
      act(() => void noteBox().dispatchEvent(event))
    }
    const bytes = chartPng(4)
    pasteRich(pngFile('clip.png', bytes))
    const link = `![clip](attachments/${storedName(bytes)})`
    await waitFor(() => expect(noteText()).toBe(link))
    pasteRich()
    expect(noteText()).toBe(`${link}copied words`)
    expect(noteText()).not.toContain('/tmp/')
  })
})

describe('pictures in the preview', () => {
  it('show loading, then the picture through a blob: URL, larger on request; a missing one says so; a web one is a link', async () => {
    const bytes = chartPng(3)
    const stored = await real.api.attachments.add({ fileName: 'plan.png', dataBase64: base64Of(bytes) })
    if (!stored.ok) throw new Error(stored.error.message)
    const read = held(real.api.attachments.read)
    window.api = { ...real.api, attachments: { ...real.api.attachments, read: read.send } }
    const missing = `${'a'.repeat(64)}.png`
    render(
      <MarkdownPreview
        source={`${stored.value.markdown}\n\n![old sketch](attachments/${missing})\n\n![logo](https://example.com/logo.png)`}
      />,
    )
    expect(await screen.findByRole('img', { name: 'Loading picture: plan' })).toBeTruthy()
    expect(screen.getByRole('img', { name: 'Loading picture: old sketch' })).toBeTruthy()
    read.release()

    const picture = await screen.findByRole('button', { name: 'plan: show larger' })
    const image = picture.querySelector('img')
    expect(image?.getAttribute('src')).toMatch(/^blob:/)
    expect(image?.getAttribute('alt')).toBe('plan')
    expect(image?.getAttribute('loading')).toBe('lazy')
    expect(image?.getAttribute('decoding')).toBe('async')
    expect(await screen.findByRole('img', { name: 'Picture not found: old sketch' })).toBeTruthy()
    // Never fetched: the web picture is a link with its alt text, and no <img> points at the web.
    expect(screen.getByRole('link', { name: '[image: logo]' }).getAttribute('href')).toBe(
      'https://example.com/logo.png',
    )
    expect(document.querySelector('img[src^="http"]')).toBeNull()

    const user = userEvent.setup()
    await user.click(picture)
    const view = await screen.findByRole('dialog', { name: 'plan' })
    expect(within(view).getByRole('img', { name: 'plan' }).getAttribute('src')).toBe(image?.getAttribute('src'))
    await user.click(within(view).getByRole('button', { name: 'Close' }))
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull())
    expect(document.activeElement).toBe(picture)
  })
})

describe('the kept picture URLs', () => {
  it('are made once per picture and given back, least recently used first, once too many are kept', async () => {
    const names: string[] = []
    for (let i = 0; i <= KEPT_PICTURES; i++) {
      const stored = await real.api.attachments.add({
        fileName: `dot-${i}.png`,
        dataBase64: base64Of(pngOf(1, 1, () => [i, 255 - i, 128])),
      })
      if (!stored.ok) throw new Error(stored.error.message)
      names.push(stored.value.name)
    }
    const revoke = vi.spyOn(URL, 'revokeObjectURL')
    const [first, second] = [await pictureUrl(names[0]!), await pictureUrl(names[1]!)]
    expect(await pictureUrl(names[0]!)).toBe(first)
    // The first was used again, so the second is now the oldest: it is the one given back.
    for (const name of names.slice(2)) await pictureUrl(name)
    expect(revoke.mock.calls).toEqual([[second]])
    expect(isKeptPictureUrl(second!)).toBe(false)
    expect(isKeptPictureUrl(first!)).toBe(true)
    const again = await pictureUrl(names[1]!)
    expect(again).toMatch(/^blob:/)
    expect(again).not.toBe(second)
    revoke.mockRestore()
  })
})
