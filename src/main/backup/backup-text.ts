import { AppError } from '../../shared/result'
import type { AppState } from '../../shared/model'
import type { AttachmentStore } from '../attachments/attachment-store'
import { picturesNamedInTurns } from '../attachments/named-in-state'
import type { Logger } from '../router'
import { MAX_BACKUP_BYTES } from './read-state-file'

const megabytes = (bytes: number): string => `${Math.ceil(bytes / (1024 * 1024))} MB`

/**
 * A full backup as one file: the data as pretty JSON and, when its notes, their earlier versions or
 * the trash name pictures, those pictures under `attachments` (name to base64). A backup without
 * pictures is the data alone, as before, so any version reads it. One a backup import would refuse
 * for its size is refused here instead, before anything is written.
 */
export async function backupText(state: AppState, attachments: AttachmentStore, log: Logger): Promise<string> {
  const data = JSON.stringify(state, null, 2)
  // Names are hex and base64 needs no escaping: each picture is one line of the `attachments` object.
  const lines: string[] = []
  let size = Buffer.byteLength(data)
  for (const name of [...(await picturesNamedInTurns(state))].sort()) {
    // A picture not on this computer (still to come through sync) cannot go in; the notes keep naming it.
    if (!(await attachments.has(name))) {
      log(`backup: the picture ${name} is not in the attachments folder and is left out`)
      continue
    }
    const line = `    "${name}": "${(await attachments.read(name)).bytes.toString('base64')}"`
    size += line.length + 2
    if (size > MAX_BACKUP_BYTES)
      throw new AppError(
        'too-large',
        `With the pictures your notes show, this backup would be more than ${megabytes(MAX_BACKUP_BYTES)}, the most Groundwork reads back. Nothing was saved. Remove some large pictures from your notes, or copy the attachments folder beside your data file yourself.`,
      )
    lines.push(line)
  }
  if (lines.length === 0) return `${data}\n`
  // The data's closing brace makes way for the pictures: one JSON object, as JSON.stringify would write it.
  return `${data.slice(0, -2)},\n  "attachments": {\n${lines.join(',\n')}\n  }\n}\n`
}
