import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { importTokenSchema } from './imports'

/** What an import or restore would change, shown before the learner confirms. */
const backupPreviewSchema = z.object({
  /** For imports.confirm and imports.cancel; the validated data stays in main. */
  token: importTokenSchema,
  source: z.object({ kind: z.enum(['file', 'backup']), name: z.string(), path: z.string() }),
  /** One line per figure, e.g. "Skills done": 3 now, 5 after. */
  rows: z.array(z.object({ label: z.string(), before: z.number(), after: z.number() })),
  /** Newest change recorded in the incoming data, when it has one. */
  lastChangeAt: z.string().optional(),
})

/** One rotating backup in the backups folder. */
const backupInfoSchema = z.object({ name: z.string(), createdAt: z.string(), bytes: z.number().int() })

/** Rotating backup names look like groundwork-20261125T114133123Z.json; nothing else is accepted. */
const backupNameSchema = z
  .string()
  .regex(/^groundwork-\d{8}T\d{6}(?:\d{3})?Z\.json$/, 'That is not the name of a Groundwork backup.')

/** Full backup, and choosing a backup to import or restore (imports.confirm carries it out). */
export const backupChannels = {
  /** Saves the whole data file as pretty JSON, with the pictures its notes name, where the learner chooses; answers the path, or that the dialog was closed. */
  exportJson: channel(z.undefined(), orCancelled(z.object({ path: z.string() }))),
  /** Asks for a backup file, validates it and answers what importing it would change, or that the dialog was closed. */
  chooseImport: channel(z.undefined(), orCancelled(backupPreviewSchema)),
  /** The rotating backups, newest first. */
  list: channel(z.undefined(), z.object({ backups: z.array(backupInfoSchema) })),
  /** Validates a rotating backup and answers what restoring it would change. */
  previewRestore: channel(z.object({ name: backupNameSchema }), backupPreviewSchema),
  /** Where the data file and the rotating backups live on this computer. */
  location: channel(z.undefined(), z.object({ dataFile: z.string(), backupsDir: z.string() })),
}

export type BackupPreview = z.output<typeof backupPreviewSchema>
export type BackupInfo = z.output<typeof backupInfoSchema>
