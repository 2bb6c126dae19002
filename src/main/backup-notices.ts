import type { BackupWatcher } from './store/data-store'
import type { NoticeBoard } from './notice-board'
import type { Logger } from './router'
import { ioReason } from './io-reason'
import type { Notice } from '../shared/contract'

/** Id of the notice about failing backups: one at a time, however many attempts fail. */
export const BACKUP_FAILED_NOTICE = 'backup-failed'

/**
 * Tells the learner when the backups the store takes by itself fail: the first failure is
 * logged and raised as one notice; later ones stay quiet until a backup succeeds again.
 */
export function backupNotices(board: NoticeBoard, log: Logger): BackupWatcher {
  return {
    failed(error, folder) {
      const notice: Notice = {
        id: BACKUP_FAILED_NOTICE,
        level: 'warning',
        title: 'A backup could not be saved',
        message: `Groundwork could not write a backup to ${folder}: ${ioReason(error)}. Your data file is kept as it was, but there is no fresh backup of it. Free some disk space, or check that the folder exists and can be written to; Groundwork tries again with your next change.`,
      }
      if (board.raise(notice)) log('background backup failed', error)
    },
    succeeded() {
      board.withdraw(BACKUP_FAILED_NOTICE)
    },
  }
}
