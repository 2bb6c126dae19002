import { useState } from 'react'
import { CRITERIA, type Criterion } from '../../../../shared/frameworks/prefs'
import { CRITERION_LABELS } from '../../../../shared/curriculum/frameworks'
import { CURRICULUM_LIMITS as L } from '../../../../shared/curriculum/limits'
import { useStore } from '../../state/store'
import { failureOf } from '../../state/call'

const START = Object.fromEntries(CRITERIA.map((c) => [c, 3])) as Record<Criterion, number>

/** "Add a framework": a row of the learner's own, with its facts and their own 1 to 5 ratings. */
export function AddFrameworkForm() {
  const edit = useStore((s) => s.curriculum.edit)
  const [name, setName] = useState('')
  const [language, setLanguage] = useState('')
  const [year, setYear] = useState('')
  const [license, setLicense] = useState('')
  const [scores, setScores] = useState(START)
  const [error, setError] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const submit = async (event: React.FormEvent): Promise<void> => {
    event.preventDefault()
    const ratings = Object.fromEntries(CRITERIA.map((c) => [c, { score: scores[c], reason: 'Your own rating.' }])) as Record<Criterion, { score: number; reason: string }>
    const outcome = await edit({ op: 'addFramework', name, language, firstRelease: Number(year), license, ratings })
    setError(failureOf(outcome))
    setSaved(outcome.ok ? `${name.trim()} was added to the table.` : null)
    if (outcome.ok) {
      setName('')
      setLanguage('')
      setYear('')
      setLicense('')
      setScores(START)
    }
  }
  return (
    <details className="fw-add">
      <summary>Add a framework of your own</summary>
      <form className="fw-add-form" aria-label="Add a framework" onSubmit={(event) => void submit(event)}>
        <label>
          Name
          <input type="text" value={name} maxLength={L.title} onChange={(event) => setName(event.target.value)} />
        </label>
        <label>
          Language
          <input type="text" value={language} maxLength={L.title} onChange={(event) => setLanguage(event.target.value)} />
        </label>
        <label>
          First release (year)
          <input type="number" inputMode="numeric" value={year} onChange={(event) => setYear(event.target.value)} />
        </label>
        <label>
          License
          <input type="text" value={license} maxLength={L.title} onChange={(event) => setLicense(event.target.value)} />
        </label>
        {CRITERIA.map((criterion) => (
          <label key={criterion}>
            {CRITERION_LABELS[criterion]} (1 to 5)
            <input type="number" min={1} max={5} value={scores[criterion]} onChange={(event) => setScores({ ...scores, [criterion]: Number(event.target.value) })} />
          </label>
        ))}
        <button type="submit">Add to the table</button>
        {error ? (
          <p role="alert" className="field-error">
            {error}
          </p>
        ) : null}
        {saved ? <p role="status">{saved}</p> : null}
      </form>
    </details>
  )
}
