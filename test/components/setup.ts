import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup, configure } from '@testing-library/react'
import { TEST_NOW } from '../support/test-clock'

// findBy and waitFor wait up to 5 s, not 1: a lazily loaded pane's first import is transformed on
// the spot, which on the 2-core CI machine can take more than a second.
configure({ asyncUtilTimeout: 5000 })

// Every component test starts at the same moment, whatever day it runs; Date runs on from there
// (timers stay real, so user-event and waitFor keep their own timing).
beforeEach(() => void vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})
