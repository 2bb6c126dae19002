import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { readdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { fileLogger } from '../../../src/main/log'
import { tempDir } from '../../support/temp-dir'

let temp: Awaited<ReturnType<typeof tempDir>>
beforeEach(async () => (temp = await tempDir()))
afterEach(() => temp.remove())

/** The messages in a log file, in order, without their timestamps. */
async function messagesIn(name: string): Promise<string[]> {
  const text = await readFile(join(temp.dir, name), 'utf8')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^\S+ /, ''))
}

describe('fileLogger', () => {
  it('appends lines with a timestamp and the error stack', async () => {
    const log = fileLogger(temp.dir)
    log('first')
    log('second failed', new Error('disk on fire'))
    const text = await readFile(join(temp.dir, 'main.log'), 'utf8')
    expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T[\d:.]+Z first\n\S+ second failed\nError: disk on fire\n/)
  })

  it('rotates main.log by size into main.1.log .. main.3.log, dropping the oldest', async () => {
    // Each line is 24 (timestamp) + 1 + 10 + 1 = 36 bytes; 100 bytes hold two of them.
    const log = fileLogger(temp.dir, { maxBytes: 100, kept: 3 })
    for (let i = 0; i < 20; i += 1) log(`message ${String(i).padStart(2, '0')}`)

    expect((await readdir(temp.dir)).sort()).toEqual(['main.1.log', 'main.2.log', 'main.3.log', 'main.log'])
    for (const name of await readdir(temp.dir)) expect((await stat(join(temp.dir, name))).size).toBeLessThanOrEqual(100)
    // Newest in main.log, then back in time; nothing between them is lost.
    const kept = [
      ...(await messagesIn('main.3.log')),
      ...(await messagesIn('main.2.log')),
      ...(await messagesIn('main.1.log')),
      ...(await messagesIn('main.log')),
    ]
    expect(kept).toEqual(Array.from({ length: 8 }, (_, i) => `message ${12 + i}`))
  })

  it('keeps appending to a log that an earlier start left, rotating it once it is full', async () => {
    fileLogger(temp.dir, { maxBytes: 100 })('from the last start')
    const log = fileLogger(temp.dir, { maxBytes: 100 })
    log('now 1')
    expect(await messagesIn('main.log')).toEqual(['from the last start', 'now 1'])
    log('now 2 pushes it past the limit')
    expect(await messagesIn('main.1.log')).toEqual(['from the last start', 'now 1'])
    expect(await messagesIn('main.log')).toEqual(['now 2 pushes it past the limit'])
  })
})
