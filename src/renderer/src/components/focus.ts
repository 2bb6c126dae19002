// Elements that can be in the Tab order; isTabbable decides whether each one is, now.
const CANDIDATES = 'a[href], area[href], button, input:not([type="hidden"]), select, textarea, summary, iframe, [contenteditable]:not([contenteditable="false"]), [tabindex]'

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

/** Runs `act` on what `find` answers once it exists (views load lazily), trying for about a second. */
export function whenReady(find: () => HTMLElement | null | undefined, act: (element: HTMLElement) => void, tries = 60): void {
  const element = find()
  if (element) act(element)
  else if (tries > 0) requestAnimationFrame(() => whenReady(find, act, tries - 1))
}

/** Focuses the element with `id` once it exists and is enabled (a note's fields wait for it to load). */
export function focusWhenReady(id: string): void {
  const find = (): HTMLElement | undefined => {
    const element = document.getElementById(id)
    return element && !element.matches(':disabled') ? element : undefined
  }
  whenReady(find, (element) => element.focus())
}

/** Focuses the control of the label in the main area whose text is `text` (e.g. "New goal for Entry level"). */
export function focusLabelWhenReady(text: string): void {
  const find = (): HTMLElement | null | undefined =>
    // A control inside a closed part (hidden) cannot take focus yet: wait until it shows.
    [...document.querySelectorAll<HTMLLabelElement>('#main label')].find((label) => label.textContent?.trim() === text && label.control !== null && isTabbable(label.control))?.control
  whenReady(find, (element) => element.focus())
}

/** Clicks the button in the main area whose text is `text`, once it is there and enabled. */
export function pressWhenReady(text: string): void {
  const find = (): HTMLButtonElement | undefined =>
    [...document.querySelectorAll<HTMLButtonElement>('#main button:not([disabled])')].find((button) => button.textContent?.trim() === text)
  whenReady(find, (button) => {
    button.focus()
    button.click()
  })
}

/** Scrolls to the section labelled by the heading `headingId` and focuses its first control. */
export function focusSectionWhenReady(headingId: string): void {
  const find = (): HTMLElement | null | undefined => {
    const heading = document.getElementById(headingId)
    const section = heading?.closest('section')
    return section ? tabbables(section)[0] : undefined
  }
  whenReady(find, (element) => {
    document.getElementById(headingId)?.scrollIntoView({ block: 'start' })
    element.focus({ preventScroll: true })
  })
}
