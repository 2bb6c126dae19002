import './imports.css'

/** One line of an import's figures: what it counts, a figure per column, and whether the import changes it. */
export interface CountsRow {
  label: string
  values: readonly number[]
  changed: boolean
}

/** The one table of figures an import preview shows (now and after, or added, updated and kept); lines that change stand out. */
export function ImportCounts({
  caption,
  columns,
  rows,
}: {
  caption: string
  columns: readonly string[]
  rows: readonly CountsRow[]
}) {
  return (
    <table className="import-changes">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">What</th>
          {columns.map((column) => (
            <th key={column} scope="col" className="num">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className={row.changed ? 'changed' : undefined}>
            <th scope="row">{row.label}</th>
            {row.values.map((value, i) => (
              <td key={columns[i] ?? i} className="num">
                {value.toLocaleString()}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}
