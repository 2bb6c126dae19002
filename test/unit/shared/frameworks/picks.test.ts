import { describe, expect, it } from 'vitest'
import { livePicks, withPick } from '../../../../src/shared/frameworks/picks'
import { defaultCurriculum } from '../../../../src/shared/curriculum/default'

const curriculum = (() => {
  const c = defaultCurriculum()
  return { ...c, frameworks: c.frameworks.filter((f) => f.id !== 'django') }
})()

describe('compare picks', () => {
  it('count only rows in the table', () => {
    expect(livePicks(curriculum, ['rails', 'django', 'flask'])).toEqual(['rails', 'flask'])
  })

  it('keep a removed row’s pick when another is ticked or unticked', () => {
    expect(withPick(curriculum, ['django', 'flask'], 'rails', true)).toEqual(['django', 'flask', 'rails'])
    expect(withPick(curriculum, ['django', 'flask'], 'flask', false)).toEqual(['django'])
    expect(withPick(curriculum, ['django', 'flask'], 'flask', true)).toEqual(['django', 'flask'])
  })

  it('let a removed row’s pick give way when a fifth would not fit', () => {
    expect(withPick(curriculum, ['rails', 'django', 'flask', 'gin'], 'express', true)).toEqual([
      'rails',
      'flask',
      'gin',
      'express',
    ])
  })
})
