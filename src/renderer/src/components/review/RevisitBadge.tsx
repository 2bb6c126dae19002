import './revisit-badge.css'

/** "Needs revisit": a skill with forgotten review cards, said in words (not only by colour). */
export function RevisitBadge({ cards, skillTitle }: { cards: number; skillTitle?: string }) {
  const detail = `${cards} review ${cards === 1 ? 'card' : 'cards'} forgotten${skillTitle ? ` on ${skillTitle}` : ''}`
  return (
    <span className="revisit-badge" title={detail}>
      <span aria-hidden="true">↻ </span>Needs revisit<span className="visually-hidden">: {detail}</span>
    </span>
  )
}
