import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { dayOf } from '../../shared/calendar/days'
import type { BackupPreview } from '../../shared/contract/backup'
import { CANCELLED } from '../../shared/contract/cancelled'
import { isBackupName, listBackups } from '../store/backups'
import { writeExport } from '../export-file'
import { readBackupFile } from '../backup/read-state-file'
import { backupText } from '../backup/backup-text'
import type { BackupContents } from '../backup/parse-backup'
import { ioReason } from '../io-reason'
import { compareStates, lastChangeOf } from '../backup/summary'
import type { Importer, PendingImports } from '../imports/pending-imports'

const JSON_FILTER = [{ name: 'Groundwork backup (JSON)', extensions: ['json'] }]

/** "20261125T114133123Z" in a backup name as an ISO timestamp. */
function backupCreatedAt(name: string): string {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z/.exec(name)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z` : ''
}

/** A backup read and checked (its pictures with it), waiting to replace the data. */
interface HeldBackup extends BackupContents {
  source: BackupPreview['source']
}

/** Id of the notice that some pictures of a restored backup were left out. */
export const PICTURES_LEFT_OUT_NOTICE = 'backup-pictures-left-out'

/** Writes a backup's pictures into the attachments folder, each checked against its name again; answers the names left out. */
async function restorePictures(ctx: HandlerContext, { pictures, refused }: BackupContents): Promise<string[]> {
  const leftOut = [...refused]
  try {
    for (const { name, bytes } of pictures) if (!(await ctx.attachments.addNamed(name, bytes))) leftOut.push(name)
  } catch (error) {
    throw new AppError(
      'io-error',
      `The backup's pictures could not be saved: ${ioReason(error)}. Your data was not changed; free some space and choose the backup again.`,
    )
  }
  return leftOut
}

/** Up to five names, then how many more: a damaged file may hold many, of any length. */
const namesOf = (names: string[]): string => {
  const shown = names.slice(0, 5).map((name) => (name.length > 80 ? `${name.slice(0, 80)}…` : name))
  return names.length > 5 ? `${shown.join(', ')} and ${names.length - 5} more` : shown.join(', ')
}

/** Tells the learner which pictures of a restored backup were left out (their bytes did not match their names). */
function tellLeftOut(ctx: HandlerContext, leftOut: string[]): void {
  ctx.notices.withdraw(PICTURES_LEFT_OUT_NOTICE)
  if (leftOut.length === 0) return
  ctx.notices.raise({
    id: PICTURES_LEFT_OUT_NOTICE,
    level: 'warning',
    title: 'Some pictures of the backup were left out',
    message: `Pictures whose bytes did not match their names (damaged or changed in the file) were not written: ${namesOf(leftOut)}. Everything else was restored; a note naming one of them says its picture is missing.`,
  })
}

/** A backup as a pending import: its figures beside the data's now; confirming replaces the data, which is backed up first. */
function backupImporter(ctx: HandlerContext): Importer<HeldBackup, Omit<BackupPreview, 'token'>> {
  return {
    kind: 'backup',
    preview: ({ state, source }) => {
      const lastChangeAt = lastChangeOf(state)
      return { source, rows: compareStates(ctx.store.state, state), ...(lastChangeAt ? { lastChangeAt } : {}) }
    },
    prepare: (held) => async () => {
      // The pictures come first, so a restored note never points at a picture not written yet.
      const leftOut = await restorePictures(ctx, held)
      // The data being replaced is kept first, so a restore can always be undone.
      const safetyBackup = await ctx.store.backupNow()
      // This computer's own part (pane sizes, last view) stays as it is: it is not the learner's work.
      await ctx.store.replace(
        { ...structuredClone(held.state), device: ctx.store.state.device },
        { kind: 'import', what: 'backup' },
      )
      tellLeftOut(ctx, leftOut)
      return { kind: 'backup', state: toStateView(ctx.store.state), safetyBackup }
    },
  }
}

/** Full backup export, and choosing a backup file or a rotating backup to import (pending until imports.confirm). */
export function backupHandlers(ctx: HandlerContext, pending: PendingImports): DomainHandlers<'backup'> {
  const importer = backupImporter(ctx)
  const preview = (contents: BackupContents, source: BackupPreview['source']): BackupPreview =>
    pending.offer(importer, { ...contents, source })

  return {
    async exportJson() {
      const path = await ctx.services.showSaveDialog({
        title: 'Save a full backup',
        defaultName: `groundwork-backup-${dayOf(ctx.clock.now(), ctx.clock.timeZone())}.json`,
        filters: JSON_FILTER,
      })
      if (!path) return CANCELLED
      await writeExport('the backup', path, await backupText(ctx.store.state, ctx.attachments, ctx.log))
      return { path }
    },
    async chooseImport() {
      const path = await ctx.services.showOpenDialog({ title: 'Import a Groundwork backup', filters: JSON_FILTER })
      if (!path) return CANCELLED
      return preview(await readBackupFile(path), { kind: 'file', name: basename(path), path })
    },
    async list() {
      await ctx.store.backupsSettled()
      const names = await listBackups(ctx.store.backupsDir)
      const backups = await Promise.all(
        names.map(async (name) => {
          const bytes = await stat(join(ctx.store.backupsDir, name)).then(
            (s) => s.size,
            () => -1,
          )
          return { name, createdAt: backupCreatedAt(name), bytes }
        }),
      )
      return { backups: backups.filter((b) => b.bytes >= 0) }
    },
    async previewRestore({ name }) {
      // The schema already pins the name's shape; this also rules out anything not listed.
      if (!isBackupName(name) || !(await listBackups(ctx.store.backupsDir)).includes(name)) {
        throw new AppError('not-found', 'That backup no longer exists. The list has been refreshed.')
      }
      const path = join(ctx.store.backupsDir, name)
      return preview(await readBackupFile(path), { kind: 'backup', name, path })
    },
    async location() {
      return { dataFile: ctx.store.path, backupsDir: ctx.store.backupsDir }
    },
  }
}
