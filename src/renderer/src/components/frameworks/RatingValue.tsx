import type { Rating } from '../../../../shared/curriculum/frameworks'

/** A 1-5 editorial rating as dots plus text, with its reason underneath. */
export function RatingValue({ rating, withReason = true }: { rating: Rating; withReason?: boolean }) {
  return (
    <span className="rating">
      <span className="rating-dots" aria-hidden="true">
        {'●'.repeat(rating.score)}
        <span className="rating-empty">{'●'.repeat(5 - rating.score)}</span>
      </span>{' '}
      <span className="rating-score">{rating.score}/5</span>
      {withReason ? <span className="rating-reason">{rating.reason}</span> : null}
    </span>
  )
}
