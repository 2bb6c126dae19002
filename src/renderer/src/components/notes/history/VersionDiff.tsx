import { useMemo } from 'react'
import { diffCounts, lineDiff } from '../../../../../shared/notes/line-diff'
import { formatCount } from '../../../format'

const SIGN = { added: '+', removed: '−', same: ' ' } as const
// Read out before each changed line: the sign and colour alone would not say it.
const SPOKEN = { added: 'Only in the current text: ', removed: 'Only in this version: ', same: '' } as const

/**
 * The lines a version and the current text differ in, read from old to new: the version's own lines
 * as removed, the current text's as added, each marked by a sign and in words, not only by colour.
 */
export function VersionDiff({ current, version }: { current: string; version: string }) {
  const rows = useMemo(() => lineDiff(version, current), [current, version])
  const { added, removed } = diffCounts(rows)
  if (added === 0 && removed === 0)
    return <p className="diff-summary">This version has the same text as the current note.</p>
  return (
    <>
      <p className="diff-summary">
        <span className="diff-count diff-removed">− {formatCount(removed)}</span> {removed === 1 ? 'line' : 'lines'}{' '}
        only in this version, <span className="diff-count diff-added">+ {formatCount(added)}</span> only in the current
        text.
      </p>
      <ol className="diff-lines" aria-label="Line by line">
        {rows.map((row, i) =>
          row.kind === 'skipped' ? (
            <li key={i} className="diff-skipped">
              {formatCount(row.count)} unchanged {row.count === 1 ? 'line' : 'lines'}
            </li>
          ) : (
            <li key={i} className={`diff-line diff-${row.kind}`}>
              <span className="diff-sign" aria-hidden="true">
                {SIGN[row.kind]}
              </span>
              {row.kind === 'same' ? (
                <span>{row.text || ' '}</span>
              ) : row.kind === 'added' ? (
                <ins>
                  <span className="visually-hidden">{SPOKEN.added}</span>
                  {row.text || ' '}
                </ins>
              ) : (
                <del>
                  <span className="visually-hidden">{SPOKEN.removed}</span>
                  {row.text || ' '}
                </del>
              )}
            </li>
          ),
        )}
      </ol>
    </>
  )
}
