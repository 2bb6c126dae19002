import { describe, expect, it } from 'vitest'
import { EditorState } from '@codemirror/state'
import { pictureInsertion } from '../../../../../src/renderer/src/components/notes/editor/pictures'

const LINK = '![plan](attachments/plan.png)'

/** The text after the insertion at `pos`, and where the caret goes. */
function inserted(doc: string, pos: number, caretHere = true): { text: string; caret: number | undefined } {
  const state = EditorState.create({ doc })
  const after = state.update(pictureInsertion(state, pos, LINK, caretHere)).state
  return { text: after.doc.toString(), caret: caretHere ? after.selection.main.head : undefined }
}

describe('where a picture link goes', () => {
  it('on an empty line, as it is', () => {
    expect(inserted('Plan\n\nNext', 5)).toEqual({ text: `Plan\n${LINK}\nNext`, caret: 5 + LINK.length })
  })

  it('after text on the line, on a line of its own below it', () => {
    expect(inserted('Plan: ', 6)).toEqual({ text: `Plan: \n${LINK}`, caret: 7 + LINK.length })
  })

  it('before text on the line, on a line of its own above it', () => {
    expect(inserted('Plan', 0)).toEqual({ text: `${LINK}\nPlan`, caret: LINK.length })
  })

  it('in the middle of a line, between two lines', () => {
    expect(inserted('Plan here', 4).text).toBe(`Plan\n${LINK}\n here`)
  })

  it('in place of a selection, on a line of its own', () => {
    const state = EditorState.create({ doc: 'Plan: old sketch here' })
    const after = state.update(pictureInsertion(state, 6, LINK, true, 16)).state
    expect(after.doc.toString()).toBe(`Plan: \n${LINK}\n here`)
  })

  it('leaves the caret where it was when the learner moved on', () => {
    const state = EditorState.create({ doc: 'Plan\n\nlater', selection: { anchor: 11 } })
    const after = state.update(pictureInsertion(state, 5, LINK, false)).state
    expect(after.selection.main.head).toBe(11 + LINK.length)
  })
})
