// A computer's name in a sync library, checked the same way in main (the contract) and in the
// Data view's form, without zod in the renderer.

/** Longest name a computer may have. */
export const DEVICE_NAME_MAX = 60

/** What is wrong with a computer name (after trimming), or null when it can be used. */
export function deviceNameProblem(name: string): string | null {
  const trimmed = name.trim()
  if (trimmed.length === 0) return 'Give this computer a name.'
  if (trimmed.length > DEVICE_NAME_MAX) return `A computer name can be at most ${DEVICE_NAME_MAX} characters.`
  return null
}
