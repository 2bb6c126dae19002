import { z } from 'zod'

/** App-wide preferences the learner sets. */
export const settingsSchema = z.object({
  theme: z.enum(['system', 'light', 'dark']).default('system'),
})
