import { afterEach, describe, expect, it, vi } from 'vitest'
import { DiagramPage, drawScript, type ScriptPage } from '../../../../src/main/diagrams/diagram-page'

/** Pages that run the draw script by reading its JSON back, answering an SVG per item. */
function pages(behaviour: (script: string) => Promise<unknown> = (script) => Promise.resolve(answerFor(script))) {
  const opened: Array<ScriptPage & { closed: boolean; scripts: string[] }> = []
  const open = (): Promise<ScriptPage> => {
    const page = {
      closed: false,
      scripts: [] as string[],
      evaluate(script: string) {
        page.scripts.push(script)
        return behaviour(script)
      },
      close() {
        page.closed = true
      },
    }
    opened.push(page)
    return Promise.resolve(page)
  }
  return { open, opened }
}

function listIn(script: string): Array<{ source: string; theme: string }> {
  const json = /^window\.renderDiagrams\((.*)\)$/s.exec(script)?.[1]
  return JSON.parse(json ?? 'null') as Array<{ source: string; theme: string }>
}

function answerFor(script: string) {
  return listIn(script).map(({ source }) => ({ svg: `<svg>${source.length}</svg>` }))
}

afterEach(() => void vi.useRealTimers())

describe('the diagram page', () => {
  it('hands the sources over as JSON data, so a source can never become code', () => {
    const source = '"); window.ran = 1; ("</script>\u2028'
    const script = drawScript([{ source, theme: 'dark' }])
    expect(script.startsWith('window.renderDiagrams([')).toBe(true)
    expect(listIn(script)).toEqual([{ source, theme: 'dark' }])
  })

  it('opens one page for many batches and closes it once idle', async () => {
    vi.useFakeTimers()
    const { open, opened } = pages()
    const page = new DiagramPage(open, { idleMs: 1000 })
    expect(await page.draw([{ source: 'abc', theme: 'light' }])).toEqual([{ svg: '<svg>3</svg>' }])
    expect(await page.draw([{ source: 'ab', theme: 'light' }])).toEqual([{ svg: '<svg>2</svg>' }])
    expect(opened).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(999)
    expect(opened[0]?.closed).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(opened[0]?.closed).toBe(true)
    await page.draw([{ source: 'a', theme: 'light' }])
    expect(opened).toHaveLength(2)
  })

  it('throws a page away that takes too long, and opens a fresh one next time', async () => {
    vi.useFakeTimers()
    let hang = true
    const { open, opened } = pages((script) =>
      hang ? new Promise(() => undefined) : Promise.resolve(answerFor(script)),
    )
    const page = new DiagramPage(open, { timeoutMs: 5000 })
    const stuck = page.draw([{ source: 'x', theme: 'light' }])
    const failed = expect(stuck).rejects.toThrow('Drawing it took too long.')
    await vi.advanceTimersByTimeAsync(5000)
    await failed
    expect(opened[0]?.closed).toBe(true)
    hang = false
    expect(await page.draw([{ source: 'xy', theme: 'light' }])).toEqual([{ svg: '<svg>2</svg>' }])
    expect(opened).toHaveLength(2)
    await page.close()
  })

  it('refuses an answer that is not one SVG or error per diagram', async () => {
    const { open } = pages(() => Promise.resolve([{ svg: '<svg/>' }, { html: '<b>' }]))
    const page = new DiagramPage(open)
    await expect(page.draw([{ source: 'a', theme: 'light' }])).rejects.toThrow()
    await page.close()
  })
})
