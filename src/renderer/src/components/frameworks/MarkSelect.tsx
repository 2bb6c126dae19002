import { MARK_LABELS, MARKS, type FrameworkMark } from '../../../../shared/frameworks/prefs'
import { useStore } from '../../state/store'

/** The "learning / used" control for one framework, labelled "Mark <name>". */
export function MarkSelect({ id, name }: { id: string; name: string }) {
  const mark = useStore((s) => s.data?.frameworks.marks[id] ?? '')
  const setMark = useStore((s) => s.frameworks.setMark)
  return (
    <label className="mark-control">
      <span className="visually-hidden">Mark {name}</span>
      <select
        value={mark}
        onChange={(event) => void setMark(id, event.target.value === '' ? null : (event.target.value as FrameworkMark))}
      >
        <option value="">No mark</option>
        {MARKS.map((value) => (
          <option key={value} value={value}>
            {MARK_LABELS[value]}
          </option>
        ))}
      </select>
    </label>
  )
}
