/** What an item of the tray's menu does. */
export type TrayAction = 'timer-start' | 'timer-stop' | 'review' | 'today' | 'open' | 'quit'

/** One line of the tray's menu: a command, a line of text (no action), or a separator. */
export type TrayItem = { label: string; action: TrayAction; enabled: boolean } | { label: string } | 'separator'

/** The tray's menu as plain data: its hover text and its lines, top to bottom. */
export interface TrayMenu {
  tooltip: string
  items: TrayItem[]
}

/** What the tray shows of the study timer. */
export interface TimerFacts {
  /** The running timer: its skill and how long it has run. */
  running: { skill: string; minutes: number } | null
  /** The skill "Start timer" would time (the last one timed), or null when none was ever timed. */
  next: string | null
}

/** "1:05" for 65 minutes. */
function hoursAndMinutes(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** The tray's menu: the running timer's time, start or stop it, start a review, today's plan, open, quit. */
export function trayMenu({ running, next }: TimerFacts): TrayMenu {
  const timerLine = running ? `Timer ${hoursAndMinutes(running.minutes)} · ${running.skill}` : 'No timer running'
  const timerItem: TrayItem = running
    ? { label: 'Stop timer', action: 'timer-stop', enabled: true }
    : { label: next ? `Start timer · ${next}` : 'Start timer', action: 'timer-start', enabled: next !== null }
  return {
    tooltip: running ? `Groundwork · ${timerLine}` : 'Groundwork',
    items: [
      { label: timerLine },
      timerItem,
      'separator',
      { label: 'Start a review', action: 'review', enabled: true },
      { label: "Today's plan", action: 'today', enabled: true },
      'separator',
      { label: 'Open Groundwork', action: 'open', enabled: true },
      { label: 'Quit', action: 'quit', enabled: true },
    ],
  }
}
