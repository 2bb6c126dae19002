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
  const pictures: Record<string, string> = {}
  let size = 0
  for (const name of [...(await picturesNamedInTurns(state))].sort()) {
    // A picture not on this computer (still to come through sync) cannot go in; the notes keep naming it.
    if (!(await attachments.has(name))) {
      log(`backup: the picture ${name} is not in the attachments folder and is left out`)
      continue
    }
    const base64 = (await attachments.read(name)).bytes.toString('base64')
    size += base64.length
    if (size > MAX_BACKUP_BYTES)
      throw new AppError(
        'too-large',
        `The pictures in your notes come to more than ${megabytes(MAX_BACKUP_BYTES)} in a backup, the most Groundwork reads back. Nothing was saved. Remove some large pictures (they go once nothing names them), or copy the attachments folder beside your data file yourself.`,
      )
    pictures[name] = base64
  }
  const whole = Object.keys(pictures).length > 0 ? { ...state, attachments: pictures } : state
  return `${JSON.stringify(whole, null, 2)}\n`
}
