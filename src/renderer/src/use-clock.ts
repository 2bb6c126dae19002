import { useEffect, useState } from 'react'
import { dayOf, systemTimeZone, type DayKey } from '../../shared/calendar/days'

/** Re-reads the clock every minute, so a running timer, "today" and "2 min ago" stay current. */
export function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date())
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** Today in the OS time zone, and that zone; both follow the clock past midnight. */
export function useToday(): { today: DayKey; zone: string; now: Date } {
  const now = useMinuteClock()
  const zone = systemTimeZone()
  return { today: dayOf(now, zone), zone, now }
}
