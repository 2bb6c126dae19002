import { describe, expect, it } from 'vitest'
import { figureLine, meets, Reporter, type Figure } from '../../../bench/lib/report'
import { median, percentile } from '../../../bench/lib/stats'
import { initialScripts } from '../../../bench/lib/initial-scripts'

const ratio = (value: number, noisy = true): Figure => ({
  name: 'save',
  value,
  unit: 'x',
  target: 1.5,
  comparison: 'at-most',
  noisy,
})

describe('bench reporter', () => {
  it('prints one line per figure with its target and verdict', () => {
    expect(figureLine(ratio(1.2))).toBe('save: 1.20x, target: <= 1.50x, ok')
    expect(figureLine({ ...ratio(2), detail: 'store 3 ms' })).toBe('save: 2.00x, target: <= 1.50x, MISSED [store 3 ms]')
    expect(
      figureLine({ name: 'writes', value: 2, unit: 'writes', target: 20, comparison: 'at-most', noisy: false }),
    ).toBe('writes: 2 writes, target: <= 20 writes, ok')
  })

  it('gives timed figures the quick margin, but not exact ones', () => {
    expect(meets(ratio(2.2), 1.5)).toBe(true)
    expect(meets(ratio(2.3), 1.5)).toBe(false)
    expect(meets(ratio(1.6, false), 1.5)).toBe(false)
    expect(meets({ value: 999, target: 1000, comparison: 'at-least', noisy: false }, 1.5)).toBe(false)
    expect(meets({ value: 16, target: 16, comparison: 'under', noisy: false })).toBe(false)
  })

  it('counts met targets, leaves skipped ones out and fails on a miss or a crash', () => {
    const lines: string[] = []
    const report = new Reporter({ print: (line) => lines.push(line) })
    report.figure(ratio(1))
    report.skip('search', 'needs the notes/search feature', '< 16 ms')
    expect(report.finish()).toBe(0)
    expect(lines.at(-1)).toBe('targets met: 1/1 (1 skipped)')
    report.fail('load', new Error('boom'))
    expect(report.finish()).toBe(1)
    expect(lines.at(-1)).toBe('targets met: 1/2 (1 skipped)')
  })
})

describe('known misses', () => {
  it('pass the quick run only while no worse than their regression budget, and still count as missed', () => {
    const lines: string[] = []
    const knownMisses = { [ratio(1).name]: { budget: 2.6 } }
    const within = new Reporter({ tolerance: 1.5, knownMisses, print: (line) => lines.push(line) })
    within.figure(ratio(2.4)) // past the quick limit of 2.25x, within the budget
    expect(lines.at(-1)).toMatch(/MISSED.*known miss, within its regression budget of 2.6/)
    expect(within.finish()).toBe(0)
    expect(lines.at(-1)).toBe('targets met: 0/1 (1 known miss within budget)')

    const worse = new Reporter({ tolerance: 1.5, knownMisses, print: (line) => lines.push(line) })
    worse.figure(ratio(2.7))
    expect(lines.at(-1)).not.toMatch(/known miss/)
    expect(worse.finish()).toBe(1)
  })

  it('do not soften any other figure', () => {
    const report = new Reporter({
      tolerance: 1.5,
      knownMisses: { 'another figure': { budget: 9 } },
      print: () => undefined,
    })
    report.figure(ratio(2.4))
    expect(report.finish()).toBe(1)
  })
})

describe('bench statistics', () => {
  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 2, 3])).toBe(2.5)
    expect(
      percentile(
        Array.from({ length: 100 }, (_, i) => i + 1),
        95,
      ),
    ).toBe(95)
    expect(percentile([7], 95)).toBe(7)
  })
})

describe('initial scripts of the built page', () => {
  it('are the entry module and the modulepreload links, not stylesheets', () => {
    const html =
      '<script type="module" crossorigin src="./assets/index-a.js"></script><link rel="stylesheet" href="./assets/index.css"><link rel="modulepreload" crossorigin href="./assets/SkillsView-b.js">'
    expect(initialScripts(html)).toEqual(['assets/index-a.js', 'assets/SkillsView-b.js'])
  })
})
