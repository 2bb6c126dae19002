import { skillOf } from '../../../../shared/curriculum/access'
import { useCurriculum } from '../../state/curriculum'
import { useStore } from '../../state/store'
import { RevisitBadge } from '../review/RevisitBadge'

/** Skills whose review cards lapsed, each with a way to open it; nothing when there are none. */
export function RevisitPanel({ revisit }: { revisit: Map<string, string[]> }) {
  const showView = useStore((s) => s.showView)
  const showItem = useStore((s) => s.showItem)
  const curriculum = useCurriculum()
  if (revisit.size === 0) return null
  return (
    <section className="dash-card dash-revisit" aria-labelledby="dash-revisit-heading">
      <h2 id="dash-revisit-heading">Needs revisit</h2>
      <p className="dash-note">You forgot review cards on these skills. Re-read your notes, then review again.</p>
      <ul className="next-list">
        {[...revisit].map(([skillId, cards]) => {
          const title = skillOf(curriculum, skillId)?.title ?? skillId
          return (
            <li key={skillId} className="next-item">
              <div className="next-text">
                <span className="next-title">{title}</span>
                <span>
                  <RevisitBadge cards={cards.length} skillTitle={title} />
                </span>
              </div>
              <button
                type="button"
                aria-label={`Open ${title}`}
                onClick={() => showItem({ kind: 'skill', id: skillId })}
              >
                Open skill
              </button>
            </li>
          )
        })}
      </ul>
      <button type="button" className="primary dash-revisit-review" onClick={() => showView('review')}>
        Go to Review
      </button>
    </section>
  )
}
