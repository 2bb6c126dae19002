import { describe, expect, it } from 'vitest'
import { DIAGRAM_BATCH, DIAGRAM_CACHE_SIZE, DiagramRenderer } from '../../../../src/main/diagrams/diagram-renderer'
import type { DiagramAnswer, DiagramRequest } from '../../../../src/shared/diagrams/diagram-answer'

/** A stand-in page that records each batch and draws "<svg>theme:source</svg>", or fails on "bad". */
function recordingPage() {
  const batches: DiagramRequest[][] = []
  let out = 0
  let mostOut = 0
  const draw = async (list: readonly DiagramRequest[]): Promise<DiagramAnswer[]> => {
    batches.push([...list])
    out += 1
    mostOut = Math.max(mostOut, out)
    await new Promise((done) => setTimeout(done, 1))
    out -= 1
    return list.map(({ source, theme }) =>
      source === 'bad' ? { error: 'Parse error' } : { svg: `<svg>${theme}:${source}</svg>` },
    )
  }
  return { draw, batches, mostOut: () => mostOut }
}

const light = (source: string): DiagramRequest => ({ source, theme: 'light' })

describe('the diagram renderer', () => {
  it('draws each diagram once per theme and answers the same source again from its cache', async () => {
    const page = recordingPage()
    const renderer = new DiagramRenderer(page.draw)
    expect(await renderer.draw(light('graph TD; A-->B'))).toEqual({ svg: '<svg>light:graph TD; A-->B</svg>' })
    expect(await renderer.draw(light('graph TD; A-->B'))).toEqual({ svg: '<svg>light:graph TD; A-->B</svg>' })
    expect(await renderer.draw({ source: 'graph TD; A-->B', theme: 'dark' })).toEqual({
      svg: '<svg>dark:graph TD; A-->B</svg>',
    })
    expect(page.batches.flat()).toHaveLength(2)
  })

  it('keeps an error like a drawing: the same broken source is not drawn again', async () => {
    const page = recordingPage()
    const renderer = new DiagramRenderer(page.draw)
    expect(await renderer.draw(light('bad'))).toEqual({ error: 'Parse error' })
    expect(await renderer.draw(light('bad'))).toEqual({ error: 'Parse error' })
    expect(page.batches).toHaveLength(1)
  })

  it('has one batch out at a time, of at most a batch each, and asks once for a diagram wanted twice at once', async () => {
    const page = recordingPage()
    const renderer = new DiagramRenderer(page.draw)
    const sources = Array.from({ length: 20 }, (_, i) => `graph LR; N${i}`)
    const answers = await Promise.all([...sources, ...sources].map((source) => renderer.draw(light(source))))
    expect(answers.slice(0, 20)).toEqual(answers.slice(20))
    expect(page.mostOut()).toBe(1)
    expect(page.batches.every((batch) => batch.length <= DIAGRAM_BATCH)).toBe(true)
    expect(page.batches.flat().map((r) => r.source)).toEqual(sources)
  })

  it('forgets the least recently used diagram once full', async () => {
    const page = recordingPage()
    const renderer = new DiagramRenderer(page.draw)
    await renderer.drawAll(Array.from({ length: DIAGRAM_CACHE_SIZE }, (_, i) => light(`d${i}`)))
    await renderer.draw(light('d0')) // used again: now the newest
    await renderer.draw(light('one more')) // pushes out d1, the oldest
    const before = page.batches.flat().length
    await renderer.draw(light('d0'))
    expect(page.batches.flat().length).toBe(before)
    await renderer.draw(light('d1'))
    expect(page.batches.flat().length).toBe(before + 1)
  })

  it('answers an error when the page fails, and tries again on the next ask', async () => {
    let fail = true
    const renderer = new DiagramRenderer((list) =>
      fail ? Promise.reject(new Error('the page crashed')) : Promise.resolve(list.map(() => ({ svg: '<svg/>' }))),
    )
    expect(await renderer.draw(light('graph TD; A'))).toEqual({ error: 'the page crashed' })
    fail = false
    expect(await renderer.draw(light('graph TD; A'))).toEqual({ svg: '<svg/>' })
  })
})
