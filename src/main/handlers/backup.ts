import { stat } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { HandlerContext } from './context'
import type { DomainHandlers } from './types'
import { toStateView } from './app'
import { AppError } from '../../shared/result'
import { dayOf } from '../../shared/calendar/days'
import type { AppState } from '../../shared/model'
import type { ImportPreview } from '../../shared/contract/backup'
import { CANCELLED } from '../../shared/contract/cancelled'
import { isBackupName, listBackups } from '../store/backups'
import { writeExport } from '../export-file'
import { readStateFile } from '../backup/read-state-file'
import { compareStates, lastChangeOf } from '../backup/summary'
import { PendingImports } from '../backup/pending'

const JSON_FILTER = [{ name: 'Groundwork backup (JSON)', extensions: ['json'] }]

/** "20261125T114133123Z" in a backup name as an ISO timestamp. */
function backupCreatedAt(name: string): string {
  const m = /(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})?Z/.exec(name)
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}.${m[7] ?? '000'}Z` : ''
}

/** Full backup export, import with preview and confirmation, and restore of rotating backups. */
export function backupHandlers(ctx: HandlerContext): DomainHandlers<'backup'> {
  const pending = new PendingImports()

  const preview = (state: AppState, source: ImportPreview['source']): ImportPreview => {
    const lastChangeAt = lastChangeOf(state)
    return { token: pending.hold(state), source, rows: compareStates(ctx.store.state, state), ...(lastChangeAt ? { lastChangeAt } : {}) }
  }

  return {
    async exportJson() {
      const path = await ctx.services.showSaveDialog({ title: 'Save a full backup', defaultName: `groundwork-backup-${dayOf(ctx.clock.now(), ctx.clock.timeZone())}.json`, filters: JSON_FILTER })
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
    async confirm({ token }) {
      const state = pending.take(token)
      if (!state) throw new AppError('not-found', 'This import is no longer waiting for confirmation. Choose the file again.')
      // The data being replaced is kept first, so a restore can always be undone.
      const safetyBackup = await ctx.store.backupNow()
      await ctx.store.replace(structuredClone(state), { kind: 'import', what: 'backup' })
      return { state: toStateView(ctx.store.state), safetyBackup }
    },
    async cancel({ token }) {
      pending.drop(token)
      return null
    },
    async location() {
      return { dataFile: ctx.store.path, backupsDir: ctx.store.backupsDir }
    },
  }
}
