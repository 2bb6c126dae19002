import { describe, expect, it } from 'vitest'
import { formatMinutes } from '../../../../src/shared/study/time-words'

describe('formatMinutes, the one way study time is written', () => {
  it('says "under 1 min" for time that is there but short of a minute, never "0 min"', () => {
    expect(formatMinutes(0.5)).toBe('under 1 min')
    expect(formatMinutes(1 / 60)).toBe('under 1 min')
    expect(formatMinutes(0)).toBe('0 min')
  })

  it('rounds to whole minutes from one minute on, and writes hours', () => {
    expect(formatMinutes(1)).toBe('1 min')
    expect(formatMinutes(1.4)).toBe('1 min')
    expect(formatMinutes(44.5)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(200)).toBe('3 h 20 min')
  })
})
