import type { NoteMode, ReportOptions } from '../../../../shared/report/schema'
import { FieldError } from '../common/FormFeedback'

type IncludeKey = keyof ReportOptions['include']

/** The include switches, in the order the form lists them. */
const INCLUDES: Array<{ key: IncludeKey; label: string; hint?: string; nested?: boolean }> = [
  { key: 'overview', label: 'Overall progress' },
  { key: 'categories', label: 'Progress per category' },
  { key: 'skills', label: 'Each skill’s status' },
  { key: 'confidence', label: 'Confidence ratings' },
  { key: 'subtopics', label: 'Sub-topics' },
  {
    key: 'notStartedSubtopics',
    label: 'List sub-topics not started',
    hint: 'otherwise counted per skill',
    nested: true,
  },
  { key: 'levels', label: 'Level readiness, goals and target dates' },
  { key: 'frameworks', label: 'Frameworks marked learning or used', hint: 'when you have marked any' },
  { key: 'activity', label: 'Study activity', hint: 'when you have logged any' },
  { key: 'evidence', label: 'Evidence links', hint: 'when you have added any' },
]

const NOTE_MODES: Array<{ value: NoteMode; label: string }> = [
  { value: 'excerpt', label: 'Short excerpts' },
  { value: 'full', label: 'In full' },
  { value: 'none', label: 'Leave out' },
]

/** The parts a switch depends on: it is greyed out while any of them is off. */
function needs(key: IncludeKey): IncludeKey[] {
  if (key === 'confidence' || key === 'subtopics') return ['skills']
  if (key === 'notStartedSubtopics') return ['skills', 'subtopics']
  return []
}

/** True when the date range runs backwards. */
export function rangeIsReversed(options: Pick<ReportOptions, 'from' | 'to'>): boolean {
  return !!options.from && !!options.to && options.from > options.to
}

/** What a report includes, how notes appear, and the date range for dated items. */
export function ReportOptionsForm({
  options,
  onChange,
}: {
  options: ReportOptions
  onChange: (next: ReportOptions) => void
}) {
  const setInclude = (key: IncludeKey, value: boolean): void =>
    onChange({ ...options, include: { ...options.include, [key]: value } })
  const setDay = (key: 'from' | 'to', value: string): void => {
    const next = { ...options }
    if (value) next[key] = value
    else delete next[key]
    onChange(next)
  }
  const reversed = rangeIsReversed(options)
  return (
    <form
      className="report-options"
      onSubmit={(event) => event.preventDefault()}
      aria-labelledby="report-options-heading"
    >
      <h2 id="report-options-heading">What to include</h2>
      <fieldset>
        <legend>Parts of the report</legend>
        {INCLUDES.map(({ key, label, hint, nested }) => (
          <label key={key} className={nested ? 'check check-nested' : 'check'}>
            <input
              type="checkbox"
              checked={options.include[key]}
              disabled={needs(key).some((part) => !options.include[part])}
              onChange={(event) => setInclude(key, event.target.checked)}
            />
            <span>
              {label}
              {hint ? <span className="hint"> ({hint})</span> : null}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Notes</legend>
        {NOTE_MODES.map(({ value, label }) => (
          <label key={value} className="check">
            <input
              type="radio"
              name="note-mode"
              value={value}
              checked={options.notes === value}
              onChange={() => onChange({ ...options, notes: value })}
            />
            {label}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>Date range</legend>
        <p className="hint">
          Limits notes (by when they were last edited), evidence (by when it was added) and study activity. Leave empty
          for everything.
        </p>
        <div className="range">
          <label>
            From{' '}
            <input
              type="date"
              value={options.from ?? ''}
              onChange={(event) => setDay('from', event.target.value)}
              aria-invalid={reversed}
              aria-describedby={reversed ? 'range-error' : undefined}
            />
          </label>
          <label>
            To{' '}
            <input
              type="date"
              value={options.to ?? ''}
              onChange={(event) => setDay('to', event.target.value)}
              aria-invalid={reversed}
            />
          </label>
        </div>
        <FieldError error={reversed ? 'The start date is after the end date.' : null} id="range-error" />
      </fieldset>
    </form>
  )
}
