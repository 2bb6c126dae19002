import { describe, expect, it, vi } from 'vitest'
import { readdir, readFile, rm } from 'node:fs/promises'
import { join, sep } from 'node:path'
import { MAX_PICTURE_BYTES, isAttachmentName } from '../../../../src/shared/attachments/names'
import { withCore } from '../../../support/with-core'
import { addPicture } from '../../../support/pictures'
import { pngBytes } from '../../../support/png'

// Only new files in an attachments folder hit the full disk: the data file itself still saves.
const faults = vi.hoisted(() => ({ diskFull: false }))
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>()
  const { openOnFullDisk } = await import('../../../support/faults')
  const open = openOnFullDisk(real.open, (path) => faults.diskFull && path.includes(`${sep}attachments${sep}`))
  return { ...real, default: { ...real, open }, open }
})

const test = withCore()
const add = (bytes: Uint8Array, fileName = 'picture.png') =>
  test.core.dispatch('attachments:add', { fileName, dataBase64: Buffer.from(bytes).toString('base64') })
const files = async (): Promise<string[]> => readdir(test.core.attachments.folder).catch(() => [])

describe('what the attachment store takes', () => {
  it('reads the kind from the bytes, never the name: a .png that is text is refused and nothing is stored', async () => {
    const result = await add(Buffer.from('just some words, not a picture\n'), 'diagram.png')
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'invalid-payload',
        message: 'This file is not a PNG, JPEG, GIF, WebP or SVG picture (whatever its name says). It was not added.',
      },
    })
    expect(await files()).toEqual([])
  })

  it('names a JPEG by what it is, whatever it was called', async () => {
    const jpeg = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('jpeg body')])
    const { name } = await addPicture(test.core, jpeg, 'screenshot.png')
    expect(name).toMatch(/^[0-9a-f]{64}\.jpg$/)
  })

  it('takes a picture of exactly 20 MB and refuses one a byte bigger, with the sizes in the message', async () => {
    const atLimit = Buffer.alloc(MAX_PICTURE_BYTES, 7)
    pngBytes('limit').copy(atLimit)
    const { name } = await addPicture(test.core, atLimit)
    expect((await readFile(join(test.core.attachments.folder, name))).length).toBe(MAX_PICTURE_BYTES)

    const over = Buffer.concat([atLimit, Buffer.from([1])])
    await expect(test.core.attachments.add(over)).rejects.toMatchObject({
      code: 'too-large',
      message: 'This picture is 20 MB; a note takes pictures up to 20 MB. It was not added.',
    })
    // Through the channel, the contract refuses it before main decodes a byte.
    expect(await add(Buffer.concat([over, Buffer.alloc(3)]))).toMatchObject({
      ok: false,
      error: { code: 'invalid-payload', message: expect.stringMatching(/at most 20 MB/) as unknown },
    })
    expect(await files()).toEqual([name])
  })

  it('stores an SVG with a script as the file it is: it is only ever shown through an image element, where no script runs', async () => {
    // Not cleaned here: the renderer shows a stored SVG as an <img> from a data URL (never inlined),
    // and an image element runs no script, so the bytes are kept exactly as given.
    const svg = Buffer.from(
      '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
    )
    const { name } = await addPicture(test.core, svg, 'drawing.svg')
    expect(name).toMatch(/\.svg$/)
    expect(await readFile(join(test.core.attachments.folder, name))).toEqual(svg)
    const read = await test.ok<{ type: string; dataBase64: string }>('attachments:read', { name })
    expect(read.type).toBe('image/svg+xml')
    expect(Buffer.from(read.dataBase64, 'base64')).toEqual(svg)
  })

  it('a full disk while a picture is written: a clear io-error, no file left, the note unchanged', async () => {
    const { id } = await test.ok<{ id: string }>('notes:create', { skillId: 'apis', title: 'Plans', body: 'Before.' })
    faults.diskFull = true
    try {
      const result = await add(pngBytes('no room'))
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'io-error',
          message: 'The picture could not be saved: the disk is full (ENOSPC). The note was not changed.',
        },
      })
    } finally {
      faults.diskFull = false
    }
    // No half file, no temp file: the folder holds nothing.
    expect(await files()).toEqual([])
    expect(test.core.store.state.notes[id]?.body).toBe('Before.')
    // With room again, the same picture goes in whole.
    const { name } = await addPicture(test.core, pngBytes('no room'))
    expect(isAttachmentName(name)).toBe(true)
    expect(await files()).toEqual([name])
  })

  it('a picture from elsewhere is written only under the name its bytes hash to', async () => {
    const bytes = pngBytes('from a backup')
    const { name } = await addPicture(test.core, bytes)
    await rm(join(test.core.attachments.folder, name))
    const other = name.replace(/^./, (c) => (c === '0' ? '1' : '0'))
    expect(await test.core.attachments.addNamed(other, bytes)).toBe(false)
    expect(await test.core.attachments.addNamed('../outside.png', bytes)).toBe(false)
    expect(await files()).toEqual([])
    expect(await test.core.attachments.addNamed(name, bytes)).toBe(true)
    expect(await files()).toEqual([name])
  })

  it('a picture added since the cleanup last looked is not removed', async () => {
    const { name } = await addPicture(test.core, pngBytes('just pasted'))
    expect(await test.core.attachments.remove(name)).toBe(false)
    test.core.attachments.takeRecent()
    expect(await test.core.attachments.remove(name)).toBe(true)
    expect(await test.core.attachments.remove('groundwork-data.json')).toBe(false)
    expect(await files()).toEqual([])
  })
})
