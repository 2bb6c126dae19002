import type { SectionOf } from '../schema'
import { activityLead, COLUMNS } from '../text'
import { formatMinutes } from '../../study/time-words'
import { DataTable, Sentence } from './ReportParts'

/** Study time in the range: the total and streak, then minutes per category, per skill and per day. */
export function ActivitySection({ s }: { s: SectionOf<'activity'> }) {
  const minutes = (rows: SectionOf<'activity'>['skills']) => rows.map((r) => [r.label, formatMinutes(r.minutes)])
  return (
    <>
      <p>
        <Sentence parts={activityLead(s)} figure={(value) => <strong>{value}</strong>} />
      </p>
      <DataTable columns={[COLUMNS.category, COLUMNS.time]} rows={minutes(s.categories)} />
      <DataTable columns={[COLUMNS.skill, COLUMNS.time]} rows={minutes(s.skills)} />
      <DataTable
        columns={[COLUMNS.day, COLUMNS.time, COLUMNS.sessions]}
        rows={s.days.map((d) => [d.label, formatMinutes(d.minutes), String(d.sessions)])}
      />
    </>
  )
}
