/** The splice that turns `before` into `after`: the common start and end kept, the middle replaced. */
export function textSplice(before: string, after: string): { index: number; remove: number; insert: string } {
  let start = 0
  const shortest = Math.min(before.length, after.length)
  while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) start += 1
  let end = 0
  while (
    end < shortest - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end += 1
  return { index: start, remove: before.length - start - end, insert: after.slice(start, after.length - end) }
}
