import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { dayOf } from '../../shared/calendar/days'
import type { AppState } from '../../shared/model'
import type { BackupPreview } from '../../shared/contract/backup'
import { CANCELLED } from '../../shared/contract/cancelled'
import { isBackupName, listBackups } from '../store/backups'
import { writeExport } from '../export-file'
import { readStateFile } from '../backup/read-state-file'
import { compareStates, lastChangeOf } from '../backup/summary'
import type { Importer, PendingImports } from '../imports/pending-imports'

const JSON_FILTER = [{ name: 'Groundwork backup (JSON)', extensions: ['json'] }]

/** "20261125T114133123Z" in a backup name as an ISO timestamp. */
function backupCreatedAt(name: string): string {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z/.exec(name)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z` : ''
}

/** A backup read and checked, waiting to replace the data. */
interface HeldBackup {
  state: AppState
  source: BackupPreview['source']
}

/** A backup as a pending import: its figures beside the data's now; confirming replaces the data, which is backed up first. */
function backupImporter(ctx: HandlerContext): Importer<HeldBackup, Omit<BackupPreview, 'token'>> {
  return {
    kind: 'backup',
    preview: ({ state, source }) => {
      const lastChangeAt = lastChangeOf(state)
      return { source, rows: compareStates(ctx.store.state, state), ...(lastChangeAt ? { lastChangeAt } : {}) }
    },
    prepare:
      ({ state }) =>
      async () => {
        // The data being replaced is kept first, so a restore can always be undone.
        const safetyBackup = await ctx.store.backupNow()
        // This computer's own part (pane sizes, last view) stays as it is: it is not the learner's work.
        await ctx.store.replace(
          { ...structuredClone(state), device: ctx.store.state.device },
          { kind: 'import', what: 'backup' },
        )
        return { kind: 'backup', state: toStateView(ctx.store.state), safetyBackup }
      },
  }
}

/** Full backup export, and choosing a backup file or a rotating backup to import (pending until imports.confirm). */
export function backupHandlers(ctx: HandlerContext, pending: PendingImports): DomainHandlers<'backup'> {
  const importer = backupImporter(ctx)
  const preview = (state: AppState, source: BackupPreview['source']): BackupPreview =>
    pending.offer(importer, { state, source })

  return {
    async exportJson() {
      const path = await ctx.services.showSaveDialog({
        title: 'Save a full backup',
        defaultName: `groundwork-backup-${dayOf(ctx.clock.now(), ctx.clock.timeZone())}.json`,
        filters: JSON_FILTER,
      })
      if (!path) return CANCELLED
      await writeExport('the backup', path, `${JSON.stringify(ctx.store.state, null, 2)}\n`)
      return { path }
    },
    async chooseImport() {
      const path = await ctx.services.showOpenDialog({ title: 'Import a Groundwork backup', filters: JSON_FILTER })
      if (!path) return CANCELLED
      return preview(await readStateFile(path), { kind: 'file', name: basename(path), path })
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
      return preview(await readStateFile(path), { kind: 'backup', name, path })
    },
    async location() {
      return { dataFile: ctx.store.path, backupsDir: ctx.store.backupsDir }
    },
  }
}
