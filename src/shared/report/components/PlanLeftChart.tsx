import { formatMinutes } from '../../study/time-words'

/** One point of the chart: a day, its label and the minutes left then. */
export interface LeftPoint {
  day: string
  label: string
  minutes: number
}

const WIDTH = 600
const HEIGHT = 120
const GAP = 2

/**
 * What is left to study over time if the plan is kept: one bar per week, down to the target date.
 * Drawn as SVG elements (no script, no markup strings), so the preview and the exported page share it.
 */
export function PlanLeftChart({ points }: { points: readonly LeftPoint[] }) {
  const first = points[0]
  const last = points[points.length - 1]
  if (!first || !last || points.length < 2) return null
  const most = Math.max(1, ...points.map((p) => p.minutes))
  const barWidth = WIDTH / points.length - GAP
  const summary = `What is left to study if the plan is kept: ${formatMinutes(first.minutes)} on ${first.label}, ${formatMinutes(last.minutes)} on ${last.label}.`
  return (
    <figure className="report-plan-chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={summary} preserveAspectRatio="none">
        {points.map((point, index) => {
          const height = Math.max(1, Math.round((point.minutes / most) * (HEIGHT - 2)))
          return (
            <rect key={point.day} x={index * (barWidth + GAP)} y={HEIGHT - height} width={barWidth} height={height}>
              <title>{`${point.label}: ${formatMinutes(point.minutes)} left`}</title>
            </rect>
          )
        })}
      </svg>
      <figcaption className="report-meta">{summary}</figcaption>
    </figure>
  )
}
