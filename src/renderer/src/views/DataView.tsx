import { DataLocation } from '../components/data/DataLocation'
import { BackupPanel } from '../components/data/BackupPanel'
import { MarkdownFolderPanel } from '../components/data/MarkdownFolderPanel'
import { SyncPanel } from '../components/sync/SyncPanel'
import { ThemePicker } from '../components/shell/ThemePicker'
import { RemindersPanel } from '../components/reminders/RemindersPanel'
import './data.css'

/** The learner's data: where the file lives, a full backup to save or import, sync between the learner's computers, the notes as Markdown files, and the automatic backups to restore. */
export default function DataView() {
  return (
    <section aria-labelledby="data-heading" className="view data-view">
      <header className="view-header">
        <h1 id="data-heading">Data</h1>
        <p className="lede">
          Your progress and notes, kept in one file on this computer. Sync it with your other computers, save a copy of
          it, bring one back, take your notes out as Markdown files, or return to an automatic backup.
        </p>
      </header>
      <DataLocation />
      {/* Backups first: saving a copy stays in the first screen at 1024x640; the navigation's sync sign opens the section below. */}
      <BackupPanel />
      <SyncPanel />
      <MarkdownFolderPanel />
      <section className="data-panel" aria-labelledby="appearance-heading">
        <h2 id="appearance-heading">Appearance</h2>
        <p className="lede">Light, dark, or as your system is set. The command palette has the same choices.</p>
        <ThemePicker />
      </section>
      <RemindersPanel />
    </section>
  )
}
