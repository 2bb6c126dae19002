import { z } from 'zod'
import { channel } from './channel'
import { orCancelled } from './dialog'
import { reportFormatSchema, reportOptionsSchema, reportSchema } from '../report/schema'

/** Progress report channels: the model for the preview, and export to a file. */
export const reportsChannels = {
  /** The report model for the given options (built in main, where note bodies live). */
  build: channel(z.object({ options: reportOptionsSchema }), reportSchema),
  /** Asks where to save, writes the report in the format, answers the path, or that the learner closed the dialog. */
  export: channel(
    z.object({ format: reportFormatSchema, options: reportOptionsSchema }),
    orCancelled(z.object({ path: z.string() })),
  ),
}
