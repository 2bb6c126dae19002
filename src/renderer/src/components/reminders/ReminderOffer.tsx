import { useStore } from '../../state/store'
import './reminders.css'

/**
 * A one-time offer of a reminder when cards are due, for Today: Turn on switches on reminders of
 * due cards; either answer is remembered on this computer and the offer does not come back.
 */
export function ReminderOffer() {
  const reminders = useStore((s) => s.data?.device.reminders)
  const setReminders = useStore((s) => s.settings.setReminders)
  if (!reminders || reminders.offerAnswered || reminders.enabled) return null
  return (
    <aside className="reminder-offer" aria-labelledby="reminder-offer-heading">
      <h2 id="reminder-offer-heading">Get a reminder when cards are due?</h2>
      <p>A desktop notification, once a day at most. You can change it or add quiet hours under Data.</p>
      <div className="button-row">
        <button
          type="button"
          className="primary"
          onClick={() => void setReminders({ enabled: true, kinds: { cardsDue: true }, offerAnswered: true })}
        >
          Turn on
        </button>
        <button type="button" onClick={() => void setReminders({ offerAnswered: true })}>
          Not now
        </button>
      </div>
    </aside>
  )
}
