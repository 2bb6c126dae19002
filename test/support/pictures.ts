import type { Core } from '../../src/main/core'
import { answerOf } from './dispatch-answer'

/** Adds a picture through the attachments channel, as a paste does; answers its stored name and Markdown. */
export function addPicture(core: Core, bytes: Uint8Array, fileName = 'shot.png') {
  return answerOf<{ name: string; markdown: string }>(core, 'attachments:add', {
    fileName,
    dataBase64: Buffer.from(bytes).toString('base64'),
  })
}
