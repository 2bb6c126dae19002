// Elements that can be in the Tab order; isTabbable decides whether each one is, now.
const CANDIDATES =
  'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable]:not([contenteditable="false"]), [tabindex]'

/** Can the keyboard reach `element` with Tab now: enabled, shown, not inert and not taken out of the Tab order? */
function isTabbable(element: HTMLElement): boolean {
  const index = element.getAttribute('tabindex')
  if ((index !== null && Number(index) < 0) || element.matches(':disabled')) return false
  // checkVisibility is false without a box (display: none on it or above it, as in a closed dialog).
  return !element.closest('[hidden], [inert]') && element.checkVisibility()
}

/** The elements inside `root` a keyboard user reaches with Tab, in document order. */
export function tabbables(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(CANDIDATES)].filter(isTabbable)
}

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
  if (!section) return
  section.querySelector('h2')?.scrollIntoView({ block: 'start' })
  tabbables(section)[0]?.focus({ preventScroll: true })
}

/** Brings an item's element into view (centred unless told otherwise), then focuses it without a second jump. */
export function focusInView(element: HTMLElement | null | undefined, block: ScrollLogicalPosition = 'center'): boolean {
  if (!element) return false
  element.scrollIntoView({ block })
  element.focus({ preventScroll: true })
  return true
}
