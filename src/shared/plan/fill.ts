import type { DayLoad } from './day-loads'

/** A piece of work to place: its identity and minutes. */
export interface Work {
  key: string
  minutes: number
}

/** A sub-topic's part placed on a day (`day` is the index into the loads). */
export interface Placed {
  key: string
  day: number
  minutes: number
}

/** The shortest piece a sub-topic is cut into when the work would still fit without cutting it. */
export const MIN_PIECE_MINUTES = 15

/**
 * Spreads the work, in its order, over the days evenly: each day takes its fair share of what is
 * left (the work left times its room over the room left), so the last days are never heavier
 * than the first. A sub-topic longer than a day's share goes on over the next days. What does not
 * fit in the room of all days is answered as `left`, in order; nothing is ever dropped.
 */
export function fillDays(loads: readonly DayLoad[], work: readonly Work[]): { placed: Placed[]; left: Work[] } {
  const queue = work.map((w) => ({ ...w }))
  let next = 0
  let workLeft = queue.reduce((sum, w) => sum + w.minutes, 0)
  let roomLeft = loads.reduce((sum, load) => sum + load.room, 0)
  const placed: Placed[] = []
  loads.forEach((load, day) => {
    const room = load.room
    if (room <= 0 || next >= queue.length) return
    const share = workLeft <= roomLeft ? Math.min(room, Math.ceil((workLeft * room) / roomLeft)) : room
    const laterRoom = roomLeft - room
    let used = 0
    while (next < queue.length && used < share) {
      const item = queue[next]!
      const free = share - used
      let take: number
      if (item.minutes <= free) take = item.minutes
      // A short rest of a sub-topic stays with it when the day has room for all of it.
      else if (item.minutes - free < MIN_PIECE_MINUTES && used + item.minutes <= room) take = item.minutes
      // No sliver at the end of a day while the rest still fits in the days after.
      else if (free < MIN_PIECE_MINUTES && used > 0 && workLeft - used <= laterRoom) break
      // A day whose share is under one piece still takes one: an empty day now would make a fuller one later.
      else if (free < MIN_PIECE_MINUTES && used === 0) take = Math.min(item.minutes, MIN_PIECE_MINUTES, room)
      else take = free
      placed.push({ key: item.key, day, minutes: take })
      item.minutes -= take
      used += take
      if (item.minutes === 0) next += 1
    }
    workLeft -= used
    roomLeft = laterRoom
  })
  return { placed, left: queue.slice(next) }
}
