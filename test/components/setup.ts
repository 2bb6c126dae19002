import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { TEST_NOW } from '../support/test-clock'

// findBy and waitFor wait up to 5 s, not 1: a lazily loaded pane's first import is transformed on
// the spot, which on the 2-core CI machine can take more than a second.
configure({ asyncUtilTimeout: 5000 })

// happy-dom fires "selectionchange" at once, inside the call that moved the selection, and a
// CodeMirror editor (the note editor) then reads happy-dom's selection and DOM back as if the
// learner had typed. Component tests drive that editor through its view (test/support/note-editor.ts);
// the e2e specs type into it in Chromium. So the event is not passed on here.
let owner: object | null = document
while (owner && !Object.prototype.hasOwnProperty.call(owner, 'dispatchEvent'))
  owner = Object.getPrototypeOf(owner) as object | null
const documentPrototype = owner as { dispatchEvent: (this: EventTarget, event: Event) => boolean }
const dispatchEvent = documentPrototype.dispatchEvent
documentPrototype.dispatchEvent = function withoutSelectionChange(this: EventTarget, event: Event): boolean {
  return event.type === 'selectionchange' ? true : dispatchEvent.call(this, event)
}

// Every component test starts at the same moment, whatever day it runs; Date runs on from there
// (timers stay real, so user-event and waitFor keep their own timing).
beforeEach(() => void vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})
