import { useEffect, useRef, useState } from 'react'
import type { WeekRow } from '../../../../shared/study/weekly'
import { useStore } from '../../state/store'
import { formatDay, formatDayWithoutYear } from '../../../../shared/calendar/format'

/** Stacked bars for amounts that add up (minutes), lines in percent for levels reached (progress). */
export type ChartKind = 'stacked-bars' | 'percent-lines'

/**
 * A chart of a weekly figure per category. chart.js is imported only when a chart is shown,
 * so it stays out of the start-up bundle; a visually hidden table carries the same numbers.
 */
export function WeeklyChart({ id, title, rows, unit, kind }: { id: string; title: string; rows: readonly WeekRow[]; unit: string; kind: ChartKind }) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const theme = useStore((s) => s.data?.settings.theme)
  const [failed, setFailed] = useState<string | null>(null)

  useEffect(() => {
    let cancelled = false
    let destroy: (() => void) | null = null
    import('chart.js')
      .then(({ Chart, BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip }) => {
        if (cancelled || !canvas.current) return
        Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Legend, Tooltip)
        const stacked = kind === 'stacked-bars'
        // Colours come from the theme's CSS variables, so the chart follows light and dark.
        const css = getComputedStyle(document.documentElement)
        const color = (name: string): string => css.getPropertyValue(name).trim()
        const series = (label: string, data: number[], variable: string) => ({ label, data, backgroundColor: color(variable), borderColor: color(variable) })
        const chart = new Chart(canvas.current, {
          type: stacked ? 'bar' : 'line',
          data: {
            labels: rows.map((row) => formatDayWithoutYear(row.week)),
            datasets: [
              series(
                'Technical',
                rows.map((row) => row.technical),
                '--chart-1',
              ),
              // A dashed second line tells the categories apart without relying on colour.
              {
                ...series(
                  'Soft',
                  rows.map((row) => row.soft),
                  '--chart-2',
                ),
                ...(stacked ? {} : { borderDash: [6, 4], pointStyle: 'rectRot' as const }),
              },
            ],
          },
          options: {
            animation: false,
            maintainAspectRatio: false,
            color: color('--text'),
            scales: {
              x: { stacked, ticks: { color: color('--muted') }, grid: { color: color('--border') } },
              y: {
                stacked,
                beginAtZero: true,
                ...(stacked ? {} : { max: 100 }),
                ticks: { color: color('--muted'), precision: 0, ...(stacked ? {} : { callback: (value: string | number) => `${value}%` }) },
                grid: { color: color('--border') },
              },
            },
            // On lines the legend shows each series' point shape, so it does not rely on colour either.
            plugins: { legend: { labels: { color: color('--text'), usePointStyle: !stacked } } },
          },
        })
        destroy = () => chart.destroy()
      })
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
    return () => {
      cancelled = true
      destroy?.()
    }
  }, [rows, kind, theme])

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart-canvas">
        <canvas ref={canvas} role="img" aria-label={`${title}: ${kind === 'stacked-bars' ? 'bar' : 'line'} chart; the same figures are in the table that follows.`} />
      </div>
      {failed ? <p role="alert">The chart could not be drawn ({failed}); the figures are below.</p> : null}
      <table className={failed ? 'chart-table' : 'visually-hidden'}>
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Week of</th>
            <th scope="col">Technical ({unit})</th>
            <th scope="col">Soft ({unit})</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.week}>
              <th scope="row">{formatDay(row.week)}</th>
              <td>{row.technical}</td>
              <td>{row.soft}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
