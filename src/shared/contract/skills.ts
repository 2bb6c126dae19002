import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { skillProgressSchema, skillStatusSchema } from '../schemas/skills'

/** What every skill channel answers: the skill's record as stored. */
const progressAnswer = z.object({ skillId: idSchema, progress: skillProgressSchema })

/** Skill progress channels: each answers the skill's record as stored. */
export const skillsChannels = {
  setStatus: channel(z.object({ skillId: idSchema, status: skillStatusSchema }), progressAnswer),
  /** 1-5 is the learner's confidence; 0 clears the rating. */
  setConfidence: channel(
    z.object({
      skillId: idSchema,
      confidence: z
        .number()
        .int()
        .min(0, 'Confidence is 0 (not rated) to 5.')
        .max(5, 'Confidence is 0 (not rated) to 5.'),
    }),
    progressAnswer,
  ),
  /** Ticks (done: true) or unticks one sub-topic of a skill. */
  setSubtopic: channel(z.object({ skillId: idSchema, subtopicId: idSchema, done: z.boolean() }), progressAnswer),
}
