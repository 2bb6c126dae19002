import { percent } from '../../../../shared/progress'

/** A labelled progress bar with its percentage as text; `null` shows "Skipped" instead. */
export function ProgressBar({ label, fraction, size = 'normal' }: { label: string; fraction: number | null; size?: 'normal' | 'small' }) {
  if (fraction === null) {
    return <span className={`progress progress-${size} progress-skipped`}>Skipped</span>
  }
  const value = percent(fraction)
  return (
    <span className={`progress progress-${size}`}>
      <span className="progress-track" role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={value}>
        <span className="progress-fill" style={{ width: `${value}%` }} />
      </span>
      <span className="progress-value" aria-hidden="true">
        {value}%
      </span>
    </span>
  )
}
