import type { DiagramAnswer, DiagramRequest } from '../../shared/diagrams/diagram-answer'

/** A page that can run a script and answer its (awaited) result: Electron's hidden window, or a Playwright page. */
export interface ScriptPage {
  evaluate(script: string): Promise<unknown>
  close(): Promise<void> | void
}

/** How long one batch may take before the page is thrown away. */
export const DIAGRAM_TIMEOUT_MS = 20_000
/** How long an unused page stays open. */
export const DIAGRAM_IDLE_MS = 60_000

/** The script that asks the diagram page (src/renderer/diagram) to draw `list`: the list travels as JSON, never as code. */
export function drawScript(list: readonly DiagramRequest[]): string {
  return `window.renderDiagrams(${JSON.stringify(list.map(({ source, theme }) => ({ source, theme })))})`
}

/** The page's answers, checked: one per request, each an SVG or an error. */
async function answersOf(raw: unknown, count: number): Promise<DiagramAnswer[]> {
  // Loaded on first use: Electron's services (this module among them) load before the window, zod after it.
  const { diagramAnswerSchema } = await import('../../shared/contract/diagrams')
  return diagramAnswerSchema.array().length(count).parse(raw)
}

/**
 * Keeps one diagram page open while it is used: opened on the first batch, closed after
 * `idleMs` without use, thrown away (and opened afresh next time) when a batch runs past
 * `timeoutMs` or fails.
 */
export class DiagramPage {
  readonly #open: () => Promise<ScriptPage>
  readonly #timeoutMs: number
  readonly #idleMs: number
  #page: Promise<ScriptPage> | null = null
  #idle: ReturnType<typeof setTimeout> | null = null

  constructor(open: () => Promise<ScriptPage>, options: { timeoutMs?: number; idleMs?: number } = {}) {
    this.#open = open
    this.#timeoutMs = options.timeoutMs ?? DIAGRAM_TIMEOUT_MS
    this.#idleMs = options.idleMs ?? DIAGRAM_IDLE_MS
  }

  /** Draws `list` in the page. */
  async draw(list: readonly DiagramRequest[]): Promise<DiagramAnswer[]> {
    if (list.length === 0) return []
    if (this.#idle) clearTimeout(this.#idle)
    this.#page ??= this.#open()
    const opening = this.#page
    let timer: ReturnType<typeof setTimeout> | undefined
    try {
      const page = await opening
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Drawing it took too long.')), this.#timeoutMs)
      })
      const answers = await answersOf(await Promise.race([page.evaluate(drawScript(list)), timeout]), list.length)
      // Unref'd: an idle page never keeps the process alive.
      this.#idle = setTimeout(() => void this.close(), this.#idleMs).unref()
      return answers
    } catch (error) {
      if (this.#page === opening) await this.close()
      throw error
    } finally {
      clearTimeout(timer)
    }
  }

  /** Closes the page, if open. */
  async close(): Promise<void> {
    if (this.#idle) clearTimeout(this.#idle)
    this.#idle = null
    const page = this.#page
    this.#page = null
    if (page) await page.then((open) => open.close()).catch(() => undefined)
  }
}
