import { STATUS_LABELS } from '../../../../shared/skills/progress'
import type { SkillStatus } from '../../../../shared/model'

/** Every status, in the order the controls list them. */
export const STATUSES = Object.keys(STATUS_LABELS) as SkillStatus[]

/** What the confidence levels mean, so a rating is not a guess. */
export const CONFIDENCE_LABELS = [
  'Not rated',
  'Heard of it',
  'Can follow along',
  'Can do it with the docs',
  'Comfortable on my own',
  'Could teach it',
] as const
