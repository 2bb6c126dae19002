import { z } from 'zod'
import { channel } from './channel'
import { idSchema } from '../schemas/common'
import { skillProgressSchema, skillStatusSchema } from '../schemas/skills'

/** Skill progress channels: each answers the skill's record as stored. */
export const skillsChannels = {
  setStatus: channel(
    z.object({ skillId: idSchema, status: skillStatusSchema }),
    z.object({ skillId: idSchema, progress: skillProgressSchema }),
  ),
}
