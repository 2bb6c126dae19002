import type { ReactNode } from 'react'
import { headingDepth } from '../../markdown/remark-plugins'
import type { Column, Emphasised } from '../text'

/** How a report is drawn: as the exported page or inside the app's preview. */
export interface ReportLook {
  /** Level of the title's heading; sections sit one level below it, their parts two and three. */
  headingLevel: number
  /** 'web': http(s) addresses are links; 'text': every address is shown as text. */
  links: 'web' | 'text'
  /** Show at most this many characters of a note in full, and say that the export has the rest. */
  noteChars?: number
}

/** The exported page (and so the PDF): an h1 title, web links, whole notes. */
export const PAGE_LOOK: ReportLook = { headingLevel: 1, links: 'web' }

/** A heading at `level` (kept between h1 and h6). */
export function Heading({ level, children }: { level: number; children: ReactNode }) {
  const Tag = `h${headingDepth(level)}` as const
  return <Tag>{children}</Tag>
}

/** A progress bar; decorative, as the figure next to it says the same. */
export function Bar({ value }: { value: number }) {
  const width = Math.max(0, Math.min(100, Math.round(value)))
  return (
    <div className="report-bar" aria-hidden="true">
      <span style={{ width: `${width}%` }} />
    </div>
  )
}

/** A table with one heading row; figure columns are right-aligned. */
export function DataTable({ columns, rows }: { columns: Column[]; rows: ReactNode[][] }) {
  const numeric = (i: number): string | undefined => (columns[i]?.numeric ? 'num' : undefined)
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column, i) => (
            <th key={i} className={numeric(i)}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells, r) => (
          <tr key={r}>
            {cells.map((cell, i) => (
              <td key={i} className={numeric(i)}>
                {cell}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/** A shared sentence with its figure wrapped by `figure` (a <strong>, a large number, a <time>). */
export function Sentence({
  parts: [before, value, after],
  figure,
}: {
  parts: Emphasised
  figure: (value: string) => ReactNode
}) {
  return (
    <>
      {before}
      {figure(value)}
      {after}
    </>
  )
}

/** One ticked or open line of a checklist, with an optional note in small print. */
export interface CheckItem {
  text: string
  done: boolean
  note?: string
}

/** A checklist (sub-topics, goals); the tick marks come from the stylesheet. */
export function Checklist({ items }: { items: CheckItem[] }) {
  if (items.length === 0) return null
  return (
    <ul className="report-checks">
      {items.map((item, i) => (
        <li key={i} className={item.done ? 'report-done' : undefined}>
          {item.text}
          {item.note ? (
            <>
              {' '}
              <small>{item.note}</small>
            </>
          ) : null}
        </li>
      ))}
    </ul>
  )
}
