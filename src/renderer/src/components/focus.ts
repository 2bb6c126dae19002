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

/** Scrolls a section's heading into view and focuses the section's first control. */
export function focusSection(section: HTMLElement | null): void {
  section?.querySelector('h2')?.scrollIntoView({ block: 'start' })
  section?.querySelector<HTMLElement>(FOCUSABLE)?.focus({ preventScroll: true })
}
