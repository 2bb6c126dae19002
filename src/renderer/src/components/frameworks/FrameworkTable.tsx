import { useCallback, useRef, useState } from 'react'
import { frameworkLanguages } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { MAX_COMPARE, TABLE_COLUMNS, type SortColumn, type TableColumn } from '../../../../shared/frameworks/prefs'
import { livePicks, withPick } from '../../../../shared/frameworks/picks'
import { cellText, COLUMN_LABELS, filterByLanguage, sortFrameworks } from '../../../../shared/frameworks/table'
import type { FrameworksState } from '../../../../shared/model'
import { useStore } from '../../state/store'
import { MarkSelect } from './MarkSelect'
import { useItemIntent } from '../../state/intent'
import { focusInView } from '../common/focus'
import { Icon } from '../common/Icon'

type Sort = FrameworksState['sort']

/** A column header whose button sorts by it; aria-sort tells screen readers the current order. */
function SortHeader({ column, sort, onSort }: { column: SortColumn; sort: Sort; onSort: (sort: Sort) => void }) {
  const active = sort.column === column
  const next: Sort = { column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' }
  return (
    <th
      scope="col"
      aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}
      className={`col-${column}`}
    >
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {COLUMN_LABELS[column]}
        <Icon name={active ? (sort.direction === 'asc' ? 'sort-asc' : 'sort-desc') : 'sort'} className="sort-arrow" />
      </button>
    </th>
  )
}

/** The comparison table with its language filter, column picker and compare checkboxes. */
export function FrameworkTable({ prefs, onOpen }: { prefs: FrameworksState; onOpen: (id: string) => void }) {
  const [language, setLanguage] = useState('')
  const curriculum = useCurriculum()
  const frameworks = curriculum.frameworks
  const setTable = useStore((s) => s.frameworks.setTableOptions)
  const setCompare = useStore((s) => s.frameworks.setCompare)
  const rows = sortFrameworks(filterByLanguage(frameworks, language), prefs.sort, prefs.marks)
  const shown = TABLE_COLUMNS.filter((column) => prefs.columns.includes(column))
  const full = livePicks(curriculum, prefs.compare).length >= MAX_COMPARE
  const runtime = frameworks.find((f) => f.kind === 'runtime')

  const toggleColumn = (column: TableColumn, on: boolean) =>
    void setTable({ columns: on ? [...prefs.columns, column] : prefs.columns.filter((c) => c !== column) })
  const togglePick = (id: string, on: boolean) => void setCompare(withPick(curriculum, prefs.compare, id, on))

  // Landing on a framework (the palette): its row comes into view and its name takes focus; a
  // language filter that hides it is cleared first.
  const names = useRef(new Map<string, HTMLButtonElement>())
  const [landed, setLanded] = useState<string | null>(null)
  const land = useCallback(
    (id: string): boolean => {
      const name = names.current.get(id)
      if (!name) {
        if (language !== '' && frameworks.some((f) => f.id === id)) setLanguage('')
        return false
      }
      setLanded(id)
      return focusInView(name)
    },
    [language, frameworks],
  )
  useItemIntent('framework', land)

  return (
    <>
      <div className="fw-toolbar">
        <label className="fw-filter">
          Language{' '}
          <select value={language} onChange={(event) => setLanguage(event.target.value)}>
            <option value="">All languages</option>
            {frameworkLanguages(curriculum).map((lang) => (
              <option key={lang} value={lang}>
                {lang}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="fw-columns">
          <legend>Columns</legend>
          {TABLE_COLUMNS.map((column) => (
            <label key={column}>
              <input
                type="checkbox"
                checked={prefs.columns.includes(column)}
                onChange={(event) => toggleColumn(column, event.target.checked)}
              />{' '}
              {COLUMN_LABELS[column]}
            </label>
          ))}
        </fieldset>
      </div>
      <p className="fw-count" role="status">
        {rows.length === frameworks.length
          ? `All ${rows.length} shown.`
          : `${rows.length} of ${frameworks.length} shown (${language}).`}{' '}
        {full
          ? `Comparing the most there can be (${MAX_COMPARE}).`
          : `Tick up to ${MAX_COMPARE} to compare side by side.`}
      </p>
      <div className="fw-table-wrap">
        <table className="fw-table">
          <caption className="visually-hidden">
            Backend frameworks compared, sorted by {COLUMN_LABELS[prefs.sort.column].toLowerCase()}
          </caption>
          <thead>
            <tr>
              <th scope="col" className="col-pick">
                Compare
              </th>
              <SortHeader column="name" sort={prefs.sort} onSort={(sort) => void setTable({ sort })} />
              {shown.map((column) => (
                <SortHeader key={column} column={column} sort={prefs.sort} onSort={(sort) => void setTable({ sort })} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((framework) => {
              const picked = prefs.compare.includes(framework.id)
              return (
                <tr
                  key={framework.id}
                  className={
                    [picked ? 'picked' : '', landed === framework.id ? 'landed' : ''].join(' ').trim() || undefined
                  }
                >
                  <td className="col-pick">
                    <input
                      type="checkbox"
                      aria-label={`Compare ${framework.name}`}
                      checked={picked}
                      disabled={!picked && full}
                      onChange={(event) => togglePick(framework.id, event.target.checked)}
                    />
                  </td>
                  <th scope="row" className="col-name">
                    <button
                      ref={(name) =>
                        void (name ? names.current.set(framework.id, name) : names.current.delete(framework.id))
                      }
                      type="button"
                      className="link-button"
                      aria-haspopup="dialog"
                      onClick={() => onOpen(framework.id)}
                      onBlur={landed === framework.id ? () => setLanded(null) : undefined}
                    >
                      {framework.name}
                      <span className="visually-hidden"> details</span>
                    </button>
                    {framework.kind === 'runtime' ? <span className="badge badge-runtime">runtime</span> : null}
                  </th>
                  {shown.map((column) => (
                    <td key={column} className={`col-${column}`}>
                      {column === 'mark' ? (
                        <MarkSelect id={framework.id} name={framework.name} />
                      ) : (
                        cellText(framework, column, prefs.marks)
                      )}
                    </td>
                  ))}
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      {runtime && runtime.kind === 'runtime' && rows.includes(runtime) ? (
        <p className="runtime-note">
          <strong>{runtime.name} is a runtime, not a framework.</strong> {runtime.kindNote}
        </p>
      ) : null}
    </>
  )
}
