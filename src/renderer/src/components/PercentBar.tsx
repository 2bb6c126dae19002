import { percent } from '../../../shared/progress'
import './percent-bar.css'

/** A labelled horizontal bar for a 0..1 figure, exposed to assistive tech as a progressbar. */
export function PercentBar({ label, fraction, detail, size = 'normal' }: { label: string; fraction: number; detail?: string; size?: 'normal' | 'large' }) {
  const value = percent(fraction)
  return (
    <div className={`percent-bar percent-bar-${size}`}>
      <div className="percent-bar-head">
        <span className="percent-bar-label">{label}</span>
        <span className="percent-bar-value" aria-hidden="true">
          {value}%
        </span>
      </div>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={value}
        aria-valuetext={detail ? `${value}%, ${detail}` : `${value}%`}
        className="percent-bar-track"
      >
        <div className="percent-bar-fill" style={{ width: `${value}%` }} />
      </div>
      {detail ? <p className="percent-bar-detail">{detail}</p> : null}
    </div>
  )
}
