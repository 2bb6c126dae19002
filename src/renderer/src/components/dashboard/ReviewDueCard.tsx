import { useStore } from '../../state/store'
import { goTo } from '../../commands/command-kit'

const cards = (n: number): string => `${n} ${n === 1 ? 'card' : 'cards'}`

/** The headline and the line under it, from what today's session holds. */
function say(due: number, fresh: number): { figure: string; note: string } {
  if (due > 0)
    return {
      figure: `${cards(due)} due`,
      note: fresh > 0 ? `Plus ${fresh} new to learn: ${cards(due + fresh)} in all.` : 'No new cards left for today.',
    }
  if (fresh > 0) return { figure: `${fresh} new`, note: 'Nothing due yet. Start with the new cards of the day.' }
  return { figure: 'All done', note: 'Nothing left for today. Answered cards come back here when they are due.' }
}

/** Today's review: cards due and new ones, and a button that starts the session on Review. */
export function ReviewDueCard({ due, fresh, total }: { due: number; fresh: number; total: number }) {
  const { figure, note } = say(due, fresh)
  return (
    <section className="dash-card dash-stat" aria-labelledby="dash-review-heading">
      <h2 id="dash-review-heading">Review today</h2>
      <p className="dash-figure">{figure}</p>
      <p className="dash-note">{note}</p>
      {total > 0 ? (
        <button
          type="button"
          className="primary dash-stat-action"
          onClick={() => goTo(useStore.getState(), 'review', 'review-begin')}
        >
          Start review
        </button>
      ) : (
        <button
          type="button"
          className="dash-stat-action"
          onClick={() => goTo(useStore.getState(), 'review', 'card-skill')}
        >
          Write a card
        </button>
      )}
    </section>
  )
}
