import type { Core } from '../../src/main/core'
import { answerOf } from './dispatch-answer'

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

/** Bytes a picture reader takes for a PNG (its signature), different for each `seed`. */
export function pngBytes(seed: string): Buffer {
  return Buffer.concat([Buffer.from(PNG_SIGNATURE), Buffer.from(`IHDR test picture ${seed}`)])
}

/** Adds a picture through the attachments channel, as a paste does; answers its stored name and Markdown. */
export function addPicture(core: Core, bytes: Uint8Array, fileName = 'shot.png') {
  return answerOf<{ name: string; markdown: string }>(core, 'attachments:add', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  })
}
