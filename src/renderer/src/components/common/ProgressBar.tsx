import { percent } from '../../../../shared/skills/progress'
import './progress-bar.css'

/** How a progress bar is named, how full it is and how it is drawn. */
interface ProgressBarProps {
  /** Accessible name; shown above the bar too when `labelShown`. */
  label: string
  /** The share done, 0..1; null (a skipped skill) shows "Skipped" instead of a bar. */
  fraction: number | null
  /** small for list rows, large for a headline figure. */
  size?: 'small' | 'normal' | 'large'
  /** Label and percentage above the bar (Dashboard, Levels) rather than the percentage beside it. */
  labelShown?: boolean
  /** A line under the bar, also read out with the value. */
  detail?: string
  /** The figure is already in the text beside it (report preview): a plain bar, hidden from assistive tech. */
  decorative?: boolean
}

/** The one progress bar: role progressbar with its percentage, named by `label`. */
export function ProgressBar({
  label,
  fraction,
  size = 'normal',
  labelShown = false,
  detail,
  decorative = false,
}: ProgressBarProps) {
  if (fraction === null) return <div className={`progress progress-${size} progress-skipped`}>Skipped</div>
  const value = percent(fraction)
  const variant = decorative ? ' progress-plain' : labelShown ? ' progress-labelled' : ''
  return (
    <div className={`progress progress-${size}${variant}`} aria-hidden={decorative || undefined}>
      {labelShown ? <span className="progress-label">{label}</span> : null}
      {decorative ? null : (
        <span className="progress-value" aria-hidden="true">
          {value}%
        </span>
      )}
      <div
        className="progress-track"
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={detail ? `${value}%, ${detail}` : `${value}%`}
      >
        <div className="progress-fill" style={{ width: `${value}%` }} />
      </div>
      {detail ? <p className="progress-detail">{detail}</p> : null}
    </div>
  )
}
