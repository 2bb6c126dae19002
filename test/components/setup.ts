import { afterEach, beforeEach, vi } from 'vitest'
import { cleanup } from '@testing-library/react'
import { TEST_NOW } from '../support/test-clock'

// Every component test starts at the same moment, whatever day it runs; Date runs on from there
// (timers stay real, so user-event and waitFor keep their own timing).
beforeEach(() => void vi.useFakeTimers({ now: TEST_NOW, toFake: ['Date'], shouldAdvanceTime: true }))
afterEach(() => {
  cleanup()
  vi.useRealTimers()
})
