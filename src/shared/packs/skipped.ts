// What an outline reader could not take, gathered into a few lines the preview can show.

/** Names shown per kind before "and N more". */
const NAMES_SHOWN = 5

const BLOCKS: Record<string, string> = {
  code: 'code blocks',
  table: 'tables',
  html: 'HTML blocks',
  blockquote: 'quotes',
  math: 'math blocks',
  yaml: 'front matter blocks',
}

/** Counts what was skipped, by kind, in the order first met. */
export class Skipped {
  readonly #counts = new Map<string, number>()
  readonly #names = new Map<string, string[]>()

  /** One more of `what`; answers nothing, so a caller may `return skipped.note(...)`. */
  note(what: string): void {
    this.count(what, 1)
  }

  /** `n` more of `what`. */
  count(what: string, n: number): void {
    this.#counts.set(what, (this.#counts.get(what) ?? 0) + n)
  }

  /** A block that has no place in a curriculum (code, a table, HTML). */
  block(type: string): void {
    this.note(BLOCKS[type] ?? 'other blocks')
  }

  /** One more of `what`, remembered by name. */
  name(what: string, name: string): void {
    this.note(what)
    const names = this.#names.get(what) ?? []
    names.push(name)
    this.#names.set(what, names)
  }

  /** One readable line per kind: "Code blocks (3)", "Headings with no list items (2): “Intro”, “Notes”". */
  lines(): string[] {
    return [...this.#counts].map(([what, n]) => {
      const names = this.#names.get(what)
      const label = `${what.charAt(0).toUpperCase()}${what.slice(1)} (${n})`
      if (!names) return label
      const shown = names
        .slice(0, NAMES_SHOWN)
        .map((name) => `“${name}”`)
        .join(', ')
      return `${label}: ${shown}${names.length > NAMES_SHOWN ? ` and ${names.length - NAMES_SHOWN} more` : ''}`
    })
  }
}
