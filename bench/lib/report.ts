/** How a figure compares with its target. */
export type Comparison = 'at-most' | 'under' | 'at-least'

/** One measured figure and its target. */
export interface Figure {
  name: string
  value: number
  /** Unit printed after the value and the target ('x' for ratios, 'ms', 'KB', 'writes'). */
  unit: string
  target: number
  comparison: Comparison
  /** Timed figures wobble with machine load; only they get the quick run's noise margin. */
  noisy: boolean
  /** Extra context printed after the verdict (medians behind a ratio, for instance). */
  detail?: string
}

/** Whether `value` meets `target`, with `tolerance` (1.5 = 50% past the target still passes). */
export function meets(figure: Pick<Figure, 'value' | 'target' | 'comparison' | 'noisy'>, tolerance = 1): boolean {
  const limit = figure.noisy ? figure.target * tolerance : figure.target
  if (figure.comparison === 'at-least')
    return figure.value >= (figure.noisy ? figure.target / tolerance : figure.target)
  return figure.comparison === 'under' ? figure.value < limit : figure.value <= limit
}

function format(value: number, unit: string): string {
  const digits = unit === 'x' ? 2 : Number.isInteger(value) || Math.abs(value) >= 100 ? 0 : 1
  const number = value.toFixed(digits)
  return unit === 'x' ? `${number}x` : `${number} ${unit}`
}

/** The one line a figure prints: `name: value, target: ..., ok|MISSED`. */
export function figureLine(figure: Figure, tolerance = 1): string {
  const sign = { under: '<', 'at-most': '<=', 'at-least': '>=' }[figure.comparison]
  const quickLimit = figure.comparison === 'at-least' ? figure.target / tolerance : figure.target * tolerance
  const margin = tolerance !== 1 && figure.noisy ? ` (quick: ${sign} ${format(quickLimit, figure.unit)})` : ''
  const verdict = meets(figure, tolerance) ? 'ok' : 'MISSED'
  const detail = figure.detail ? ` [${figure.detail}]` : ''
  return `${figure.name}: ${format(figure.value, figure.unit)}, target: ${sign} ${format(figure.target, figure.unit)}${margin}, ${verdict}${detail}`
}

/** Collects figures as they are measured and prints each at once. */
export class Reporter {
  readonly #tolerance: number
  readonly #knownMisses: Record<string, { budget: number }>
  readonly #print: (line: string) => void
  readonly #figures: Figure[] = []
  readonly #skipped: string[] = []
  readonly #failed: string[] = []

  constructor(
    options: {
      tolerance?: number
      print?: (line: string) => void
      knownMisses?: Record<string, { budget: number }>
    } = {},
  ) {
    this.#tolerance = options.tolerance ?? 1
    this.#knownMisses = options.knownMisses ?? {}
    this.#print = options.print ?? ((line) => console.log(line))
  }

  /** Records and prints a figure with a target. */
  figure(figure: Figure): void {
    this.#figures.push(figure)
    const known = this.#withinKnownMiss(figure)
    this.#print(
      figureLine(figure, this.#tolerance) + (known ? ` (known miss, within its regression budget of ${known})` : ''),
    )
  }

  /** A missed figure listed in knownMisses whose value is no worse than its budget, or null. */
  #withinKnownMiss(figure: Figure): number | null {
    const budget = this.#knownMisses[figure.name]?.budget
    if (budget === undefined || meets(figure, this.#tolerance)) return null
    return meets({ ...figure, target: budget, noisy: false }) ? budget : null
  }

  /** Prints a measured value that has no target of its own (a chunk size, a raw median). */
  info(name: string, value: string): void {
    this.#print(`  ${name}: ${value}`)
  }

  /** A figure that cannot be measured in this build; it does not count towards N/M. */
  skip(name: string, reason: string, target: string): void {
    this.#skipped.push(name)
    this.#print(`${name}: skipped (${reason}), target: ${target}`)
  }

  /** A bench module that crashed: counts as a missed target so it cannot pass silently. */
  fail(name: string, error: unknown): void {
    this.#failed.push(name)
    this.#print(`${name}: ERROR ${error instanceof Error ? (error.stack ?? error.message) : String(error)}, MISSED`)
  }

  /** Targets met, out of all figures measured (crashed modules count as missed). */
  get tally(): { met: number; total: number; skipped: number } {
    const met = this.#figures.filter((figure) => meets(figure, this.#tolerance)).length
    return { met, total: this.#figures.length + this.#failed.length, skipped: this.#skipped.length }
  }

  /**
   * Prints the closing `targets met: N/M` line and returns the process exit code: 0 when every
   * figure met its target or, as a known miss, stayed within its regression budget.
   */
  finish(): number {
    const { met, total, skipped } = this.tally
    const known = this.#figures.filter((figure) => this.#withinKnownMiss(figure) !== null).length
    const notes = [
      skipped > 0 ? `${skipped} skipped` : '',
      known > 0 ? `${known} known miss within budget` : '',
    ].filter(Boolean)
    this.#print(`targets met: ${met}/${total}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}`)
    return met + known === total ? 0 : 1
  }
}
