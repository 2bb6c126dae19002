import { useId, type ReactNode } from 'react'
import { useStore } from '../../state/store'
import type { ReminderChange } from '../../state/settings-slice'
import { formatTime } from '../../../../shared/calendar/format'
import { useMinuteClock } from '../../use-clock'
import { systemTimeZone } from '../../../../shared/calendar/days'
import './reminders.css'

/** A checkbox with its label; its change is saved at once. */
function Check({
  checked,
  disabled,
  onChange,
  children,
}: {
  checked: boolean
  disabled?: boolean
  onChange: (on: boolean) => void
  children: ReactNode
}) {
  return (
    <label className="reminder-check">
      <input type="checkbox" checked={checked} disabled={disabled} onChange={(e) => onChange(e.target.checked)} />
      <span>{children}</span>
    </label>
  )
}

/** A time of day field (a label and its input, for a .reminder-times grid); a complete time is saved as soon as it is typed or picked. */
function TimeField({
  label,
  value,
  disabled,
  onChange,
}: {
  label: string
  value: string
  disabled?: boolean
  onChange: (time: string) => void
}) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="time"
        value={value}
        disabled={disabled}
        onChange={(e) => {
          if (/^\d{2}:\d{2}$/.test(e.target.value)) onChange(e.target.value)
        }}
      />
    </>
  )
}

const SNOOZES: Array<[minutes: number, label: string]> = [
  [60, 'Snooze 1 hour'],
  [4 * 60, 'Snooze 4 hours'],
]

/** This computer's reminders, tray and login choices (Data view): every one off until the learner turns it on. */
export function RemindersPanel() {
  // Main always sends the reminder settings (the schema fills them in); there is nothing to show before the data.
  const settings = useStore((s) => s.data?.device.reminders)
  const setReminders = useStore((s) => s.settings.setReminders)
  const snooze = useStore((s) => s.settings.snoozeReminders)
  const now = useMinuteClock()
  if (!settings) return null
  const save = (change: ReminderChange): void => void setReminders(change)
  const off = !settings.enabled
  const snoozedUntil =
    settings.snoozeUntil !== null && new Date(settings.snoozeUntil).getTime() > now.getTime()
      ? settings.snoozeUntil
      : null
  return (
    <section className="data-panel reminders-panel" aria-labelledby="reminders-heading">
      <h2 id="reminders-heading">Reminders</h2>
      <p className="lede">
        Desktop notifications on this computer, at most one of each kind a day. They only come while Groundwork runs, so
        keep it in the tray if you close the window.
      </p>
      <Check checked={settings.enabled} onChange={(enabled) => save({ enabled })}>
        Show reminders
      </Check>
      <div className="reminder-groups">
        <fieldset disabled={off}>
          <legend>Remind me when</legend>
          <Check checked={settings.kinds.cardsDue} onChange={(cardsDue) => save({ kinds: { cardsDue } })}>
            Cards are due for review
          </Check>
          <Check checked={settings.kinds.todayShare} onChange={(todayShare) => save({ kinds: { todayShare } })}>
            Today’s planned study is not done by the reminder time
          </Check>
          <Check checked={settings.kinds.streak} onChange={(streak) => save({ kinds: { streak } })}>
            My streak would break: nothing studied yet by the reminder time
          </Check>
          <div className="reminder-times">
            <TimeField label="Reminder time" value={settings.shareTime} onChange={(shareTime) => save({ shareTime })} />
          </div>
        </fieldset>
        <fieldset disabled={off}>
          <legend>Quiet hours</legend>
          <Check checked={settings.quiet.on} onChange={(on) => save({ quiet: { on } })}>
            No reminders during these hours
          </Check>
          <div className="reminder-times">
            <TimeField
              label="Quiet from"
              value={settings.quiet.from}
              disabled={!settings.quiet.on}
              onChange={(from) => save({ quiet: { from } })}
            />
            <TimeField
              label="Quiet until"
              value={settings.quiet.to}
              disabled={!settings.quiet.on}
              onChange={(to) => save({ quiet: { to } })}
            />
          </div>
          <p className="hint" aria-live="polite">
            {snoozedUntil ? `Snoozed until ${formatTime(snoozedUntil, systemTimeZone())}.` : 'Need a break from them?'}
          </p>
          <div className="button-row">
            {SNOOZES.map(([minutes, label]) => (
              <button key={minutes} type="button" onClick={() => void snooze(minutes)}>
                {label}
              </button>
            ))}
            {snoozedUntil && (
              <button type="button" onClick={() => void snooze(0)}>
                End snooze
              </button>
            )}
          </div>
        </fieldset>
        <fieldset>
          <legend>Keep Groundwork running</legend>
          <Check checked={settings.keepInTray} onChange={(keepInTray) => save({ keepInTray })}>
            Keep running in the tray (menu bar on macOS) when the window closes
          </Check>
          <Check checked={settings.openAtLogin} onChange={(openAtLogin) => save({ openAtLogin })}>
            Open Groundwork when I log in to this computer
          </Check>
        </fieldset>
      </div>
    </section>
  )
}
