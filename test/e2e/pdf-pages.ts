import { execFile } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)

/** How full one printed page is: its text lines inside the page margins and how far down they reach. */
export interface PageFill {
  /** Distinct text lines between the top and bottom margins (running headers and page numbers left out). */
  lines: number
  /** Bottom of the lowest text line, as a share of the height between the margins (0 to 1). */
  fill: number
}

/**
 * Measures every page of a PDF with `pdftotext -bbox` (word boxes in points). `margins` are the
 * report's @page top and bottom margins in points: text inside them is the running header and footer.
 */
export async function pageFills(pdf: string, margins: { top: number; bottom: number }): Promise<PageFill[]> {
  const { stdout } = await run('pdftotext', ['-bbox', pdf, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return [...stdout.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, , height, body]) => {
      const bottom = Number(height) - margins.bottom
      const words = [
        ...(body ?? '').matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">/g),
      ].map(([, top, end]) => ({ top: Number(top), end: Number(end) }))
      const inside = words.filter((w) => w.top >= margins.top - 1 && w.end <= bottom + 1)
      // Words whose tops lie within 3 pt of each other sit on one line.
      const tops = [...new Set(inside.map((w) => Math.round(w.top / 3)))]
      const lowest = Math.max(margins.top, ...inside.map((w) => w.end))
      return { lines: tops.length, fill: (lowest - margins.top) / (bottom - margins.top) }
    },
  )
}
