/** Elements a keyboard user can reach with Tab. */
export const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])'

/** Is the key event typed into a text field (where single-letter shortcuts must not fire)? */
export function isTyping(event: KeyboardEvent): boolean {
  const target = event.target as HTMLElement | null
  if (!target || !(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true
  if (tag !== 'INPUT') return false
  const type = (target as HTMLInputElement).type
  return !['checkbox', 'radio', 'button', 'submit', 'reset', 'range'].includes(type)
}

/** Focuses the element with `id` once it exists (views load lazily), trying for about half a second. */
export function focusWhenReady(id: string, tries = 30): void {
  const element = document.getElementById(id)
  if (element) {
    element.focus()
    return
  }
  if (tries > 0) requestAnimationFrame(() => focusWhenReady(id, tries - 1))
}
