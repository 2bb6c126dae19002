import { describe, expect, it } from 'vitest'
import { movedBy, withShare, type Laid } from '../../../../src/renderer/src/components/common/pane-sizes'

/** The Skills panes at 1,000 px: list (may fold), detail, notes, with their minimums. */
function skills(px: [number, number, number], at: number): Laid {
  return {
    at,
    panes: [
      { id: 'list', px: px[0], min: 200, collapsible: true },
      { id: 'detail', px: px[1], min: 220, collapsible: false },
      { id: 'notes', px: px[2], min: 320, collapsible: false },
    ],
  }
}
const SHARES = { list: 25, detail: 30, notes: 45 }
const rounded = (layout: Record<string, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(layout).map(([id, share]) => [id, Math.round(share * 10) / 10]))

describe('moving the line between two panes', () => {
  it('moves room between the two panes it separates, in shares of the whole group', () => {
    expect(rounded(movedBy(skills([250, 300, 450], 0), SHARES, 40))).toEqual({ list: 29, detail: 26, notes: 45 })
    expect(rounded(movedBy(skills([250, 300, 450], 1), SHARES, -50))).toEqual({ list: 25, detail: 25, notes: 50 })
  })

  it('takes room from the panes further on once the next one is at its minimum', () => {
    // The detail can give 80 px; the other 70 come from the notes.
    expect(rounded(movedBy(skills([250, 300, 450], 0), SHARES, 150))).toEqual({ list: 40, detail: 22, notes: 38 })
  })

  it('never takes a pane below its minimum: a move past every minimum stops there', () => {
    expect(rounded(movedBy(skills([250, 300, 450], 0), SHARES, 10_000))).toEqual({ list: 46, detail: 22, notes: 32 })
    expect(rounded(movedBy(skills([250, 300, 450], 1), SHARES, -10_000))).toEqual({ list: 20, detail: 22, notes: 58 })
  })

  it('folds a collapsible pane pulled below half its minimum, and opens a folded one at no less than its minimum', () => {
    const folded = movedBy(skills([250, 300, 450], 0), SHARES, -160)
    expect(rounded(folded)).toEqual({ list: 0, detail: 55, notes: 45 })
    // Above half its minimum it stops at the minimum instead.
    expect(rounded(movedBy(skills([250, 300, 450], 0), SHARES, -140))).toEqual({ list: 20, detail: 35, notes: 45 })
    expect(rounded(movedBy(skills([0, 550, 450], 0), folded, 30))).toEqual({ list: 20, detail: 35, notes: 45 })
  })

  it('keeps the shares of a group squeezed by a small window as the page shows them', () => {
    // Stored 25/30/45, but at 800 px the list and detail sit at their minimums.
    expect(rounded(movedBy(skills([200, 220, 380], 1), SHARES, 0))).toEqual({ list: 25, detail: 27.5, notes: 47.5 })
  })

  it('answers the shares unchanged when the panes have no size yet', () => {
    expect(movedBy(skills([0, 0, 0], 0), SHARES, 50)).toBe(SHARES)
  })
})

describe('setting one pane’s share', () => {
  it('gives the difference to the largest other pane, or takes it from there', () => {
    expect(withShare(SHARES, 'list', 0)).toEqual({ list: 0, detail: 30, notes: 70 })
    expect(withShare({ list: 0, detail: 30, notes: 70 }, 'list', 20)).toEqual({ list: 20, detail: 30, notes: 50 })
  })
})
