import type { DiagramAnswer, DiagramRequest } from '../../shared/diagrams/diagram-answer'

/** How many drawn diagrams main keeps (each SVG is some tens of KB). */
export const DIAGRAM_CACHE_SIZE = 64
/** Most diagrams sent to the hidden page in one call. */
export const DIAGRAM_BATCH = 8

type Draw = (list: readonly DiagramRequest[]) => Promise<DiagramAnswer[]>

interface Waiting {
  request: DiagramRequest
  key: string
  done: (answer: DiagramAnswer) => void
}

function keyOf({ theme, source }: DiagramRequest): string {
  return `${theme}\n${source}`
}

/**
 * Draws diagrams through `draw` (the services' hidden page) one batch at a time, so a note with
 * many diagrams never starts many renders at once; keeps the last answers by theme and source
 * (errors too: the same source fails the same way), and asks once for a diagram wanted twice.
 * A failing page (a crash, a timeout) answers an error that is not kept, so the next ask tries again.
 */
export class DiagramRenderer {
  readonly #draw: Draw
  readonly #cache = new Map<string, DiagramAnswer>()
  readonly #pending = new Map<string, Promise<DiagramAnswer>>()
  #queue: Waiting[] = []
  #drawing = false

  constructor(draw: Draw) {
    this.#draw = draw
  }

  /** One diagram's SVG or error. */
  draw(request: DiagramRequest): Promise<DiagramAnswer> {
    const key = keyOf(request)
    const cached = this.#cache.get(key)
    if (cached) {
      // Most recently used last: the oldest entry is the first to go.
      this.#cache.delete(key)
      this.#cache.set(key, cached)
      return Promise.resolve(cached)
    }
    const pending = this.#pending.get(key)
    if (pending) return pending
    const answer = new Promise<DiagramAnswer>((done) => this.#queue.push({ request, key, done }))
    this.#pending.set(key, answer)
    void this.#drain()
    return answer
  }

  /** Several diagrams, in order. */
  drawAll(requests: readonly DiagramRequest[]): Promise<DiagramAnswer[]> {
    return Promise.all(requests.map((request) => this.draw(request)))
  }

  async #drain(): Promise<void> {
    if (this.#drawing) return
    this.#drawing = true
    while (this.#queue.length > 0) {
      const batch = this.#queue.splice(0, DIAGRAM_BATCH)
      const answers = await this.#draw(batch.map((waiting) => waiting.request)).then(
        (list) => ({ list, kept: true }),
        (error: unknown) => ({ list: batch.map(() => failed(error)), kept: false }),
      )
      batch.forEach((waiting, index) => {
        const answer = answers.list[index] ?? failed(new Error('The diagram page gave no answer.'))
        if (answers.kept) this.#keep(waiting.key, answer)
        this.#pending.delete(waiting.key)
        waiting.done(answer)
      })
    }
    this.#drawing = false
  }

  #keep(key: string, answer: DiagramAnswer): void {
    this.#cache.set(key, answer)
    if (this.#cache.size > DIAGRAM_CACHE_SIZE) {
      const oldest = this.#cache.keys().next().value
      if (oldest !== undefined) this.#cache.delete(oldest)
    }
  }
}

function failed(error: unknown): DiagramAnswer {
  return { error: error instanceof Error ? error.message : String(error) }
}
