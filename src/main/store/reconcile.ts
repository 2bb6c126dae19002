type Plain = Record<string, unknown>
type Container = Plain | unknown[]

const isPlain = (value: unknown): value is Plain => typeof value === 'object' && value !== null && !Array.isArray(value)

/** Deep equality of JSON-shaped values. */
function same(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length && a.every((item, i) => same(item, b[i]))
  if (!isPlain(a) || !isPlain(b)) return false
  const keys = Object.keys(a)
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && same(a[key], b[key]))
}

/** Both arrays, or both plain objects: then only their differing parts need writing. */
const sameShape = (a: unknown, b: unknown): boolean =>
  (Array.isArray(a) && Array.isArray(b)) || (isPlain(a) && isPlain(b))

/**
 * Makes `draft` (a draft of `base`) equal to `next` by writing only what differs, so a whole-state
 * replace (a backup restore, an import) yields records for the items that changed instead of one
 * for the whole state. Comparing reads `base`, a plain object, so the draft is only entered where
 * something differs. Arrays keep their common prefix; the rest is cut or added at the end.
 */
export function reconcile(draft: Container, base: Container, next: Container): void {
  const at = (container: Container, key: string | number): unknown =>
    (container as Record<string | number, unknown>)[key]
  const write = (key: string | number, value: unknown): void => {
    const old = at(base, key)
    if (same(old, value)) return
    if (sameShape(old, value)) reconcile(at(draft, key) as Container, old as Container, value as Container)
    else (draft as Record<string | number, unknown>)[key] = value
  }
  if (Array.isArray(draft) && Array.isArray(base) && Array.isArray(next)) {
    const common = Math.min(base.length, next.length)
    for (let i = 0; i < common; i++) write(i, next[i])
    if (base.length > next.length) draft.splice(next.length)
    for (let i = common; i < next.length; i++) draft.push(next[i])
    return
  }
  for (const key of Object.keys(base)) if (!Object.hasOwn(next, key)) delete (draft as Plain)[key]
  for (const key of Object.keys(next)) write(key, (next as Plain)[key])
}
