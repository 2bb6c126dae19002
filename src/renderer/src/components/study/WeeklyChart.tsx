import { useEffect, useRef, useState } from 'react'
import type { WeeklyFigures } from '../../../../shared/study/weekly'
import { formatDay, formatDayWithoutYear } from '../../../../shared/calendar/format'
import { useColourScheme } from '../common/use-colour-scheme'

/** Stacked bars for amounts that add up (minutes), lines in percent for levels reached (progress). */
export type ChartKind = 'stacked-bars' | 'percent-lines'

/** How many chart colours the theme defines (--chart-1 …); series past them reuse them with another dash and point. */
const PALETTE_SIZE = 6
const DASHES: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3]]
const POINTS = ['circle', 'rectRot', 'triangle', 'rect', 'star', 'crossRot'] as const

/**
 * A chart of a weekly figure per category. chart.js is imported only when a chart is shown,
 * so it stays out of the start-up bundle; a visually hidden table carries the same numbers.
 * Colours are the theme's tokens, read again whenever the colour scheme changes.
 */
export function WeeklyChart({
  id,
  title,
  figures,
  unit,
  kind,
}: {
  id: string
  title: string
  figures: WeeklyFigures
  unit: string
  kind: ChartKind
}) {
  const canvas = useRef<HTMLCanvasElement>(null)
  const scheme = useColourScheme()
  const [failed, setFailed] = useState<string | null>(null)
  const { series, rows } = figures

  useEffect(() => {
    let cancelled = false
    let destroy: (() => void) | null = null
    import('chart.js')
      .then(
        ({
          Chart,
          BarController,
          BarElement,
          LineController,
          LineElement,
          PointElement,
          CategoryScale,
          LinearScale,
          Legend,
          Tooltip,
        }) => {
          if (cancelled || !canvas.current) return
          Chart.register(
            BarController,
            BarElement,
            LineController,
            LineElement,
            PointElement,
            CategoryScale,
            LinearScale,
            Legend,
            Tooltip,
          )
          const stacked = kind === 'stacked-bars'
          // Colour tokens are light-dark() pairs that only an element's colour resolves: the canvas
          // lends its own for a moment, and hands back the colour the page shows in this scheme.
          const probe = canvas.current
          const color = (name: string): string => {
            probe.style.color = `var(${name})`
            const resolved = getComputedStyle(probe).color
            probe.style.color = ''
            return resolved
          }
          const text = color('--text')
          const muted = color('--muted')
          const grid = color('--border')
          // The page's own type, a little smaller than body text, so the chart reads as part of the app.
          const font = { family: getComputedStyle(document.body).fontFamily, size: 12 }
          const chart = new Chart(canvas.current, {
            type: stacked ? 'bar' : 'line',
            data: {
              labels: rows.map((row) => formatDayWithoutYear(row.week)),
              datasets: series.map((s, i) => {
                const colour = color(`--chart-${(i % PALETTE_SIZE) + 1}`)
                return {
                  label: s.title,
                  data: rows.map((row) => row.values[s.id] ?? 0),
                  backgroundColor: colour,
                  borderColor: colour,
                  // Lines differ by dash and point shape too, so the categories do not rely on colour alone.
                  ...(stacked ? {} : { borderDash: DASHES[i % DASHES.length], pointStyle: POINTS[i % POINTS.length] }),
                }
              }),
            },
            options: {
              animation: false,
              maintainAspectRatio: false,
              color: text,
              borderColor: grid,
              scales: {
                // Every week keeps its label (the current one above all), tilted when the chart is narrow.
                x: {
                  stacked,
                  ticks: { color: muted, font, autoSkip: false, maxRotation: 45 },
                  grid: { color: grid },
                  border: { color: grid },
                },
                y: {
                  stacked,
                  beginAtZero: true,
                  ...(stacked ? {} : { max: 100 }),
                  ticks: {
                    color: muted,
                    font,
                    precision: 0,
                    ...(stacked ? {} : { stepSize: 20, callback: (value: string | number) => `${value}%` }),
                  },
                  grid: { color: grid },
                  border: { color: grid },
                },
              },
              // On lines the legend shows each series' point shape, so it does not rely on colour either.
              plugins: {
                legend: {
                  labels: { color: text, font, usePointStyle: !stacked, boxWidth: 12, boxHeight: 12, padding: 10 },
                },
                tooltip: {
                  titleFont: font,
                  bodyFont: font,
                  backgroundColor: color('--surface-inverse'),
                  titleColor: color('--text-inverse'),
                  bodyColor: color('--text-inverse'),
                },
              },
            },
          })
          // The text colour it was drawn with, on the canvas, so a theme change can be seen to reach it.
          canvas.current.dataset.ink = text
          destroy = () => chart.destroy()
        },
      )
      .catch((error: unknown) => setFailed(error instanceof Error ? error.message : String(error)))
    return () => {
      cancelled = true
      destroy?.()
    }
  }, [series, rows, kind, scheme])

  return (
    <figure className="chart" aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`}>{title}</figcaption>
      <div className="chart-canvas">
        <canvas
          ref={canvas}
          role="img"
          aria-label={`${title}: ${kind === 'stacked-bars' ? 'bar' : 'line'} chart; the same figures are in the table that follows.`}
        />
      </div>
      {failed ? <p role="alert">The chart could not be drawn ({failed}); the figures are below.</p> : null}
      {/* A table is as wide as its cells whatever its own width says, so a block hides it. */}
      <div className={failed ? undefined : 'visually-hidden'}>
        <table className={failed ? 'chart-table' : undefined}>
          <caption>{title}</caption>
          <thead>
            <tr>
              <th scope="col">Week of</th>
              {series.map((s) => (
                <th key={s.id} scope="col">
                  {s.title} ({unit})
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.week}>
                <th scope="row">{formatDay(row.week)}</th>
                {series.map((s) => (
                  <td key={s.id}>{row.values[s.id] ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  )
}
