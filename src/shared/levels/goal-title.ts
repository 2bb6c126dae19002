/** Longest title a goal of the learner's own may have, in characters (after trimming). */
export const GOAL_TITLE_MAX = 200

/** What a learner reads when a goal title is empty. */
export const GOAL_TITLE_EMPTY = 'Give the goal a title.'
/** What a learner reads when a goal title is too long. */
export const GOAL_TITLE_TOO_LONG = `Keep the goal title to ${GOAL_TITLE_MAX} characters or fewer.`

/** Why a goal title would be refused, or null when it is fine; shared by main and the form. */
export function goalTitleProblem(raw: string): string | null {
  const title = raw.trim()
  if (title.length === 0) return GOAL_TITLE_EMPTY
  if (title.length > GOAL_TITLE_MAX) return GOAL_TITLE_TOO_LONG
  return null
}
