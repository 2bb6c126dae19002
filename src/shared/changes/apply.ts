import type { Patch, Path } from './records'
import { own } from '../own'

type Container = Record<string, unknown> | unknown[]

/**
 * A shallow copy of `value` (once per apply: `fresh` holds the copies made so far, which later
 * patches change in place), or a fresh object where the path goes through nothing.
 */
function copyOf(value: unknown, nextStep: string | number, fresh: WeakSet<object>): Container {
  if (typeof value === 'object' && value !== null && fresh.has(value)) return value as Container
  let copy: Container
  if (Array.isArray(value)) copy = [...(value as unknown[])]
  else if (typeof value === 'object' && value !== null) copy = { ...(value as Record<string, unknown>) }
  else copy = typeof nextStep === 'number' ? [] : {}
  fresh.add(copy)
  return copy
}

/** `root` with one patch applied, copying only the objects along its path (the others are shared). */
function applyOne(root: unknown, path: Path, patch: Patch, fresh: WeakSet<object>): unknown {
  if (path.length === 0) return patch.op === 'remove' ? undefined : patch.value
  const [step, ...rest] = path as [string | number, ...Array<string | number>]
  const next = copyOf(root, step, fresh)
  if (Array.isArray(next)) {
    const index = Number(step)
    if (rest.length > 0) next[index] = applyOne(next[index], rest, patch, fresh)
    else if (patch.op === 'add') next.splice(index, 0, patch.value)
    else if (patch.op === 'remove') next.splice(index, 1)
    else if (step === 'length') next.length = Number(patch.value)
    else next[index] = patch.value
    return next
  }
  const key = String(step)
  if (rest.length > 0) next[key] = applyOne(own(next, key), rest, patch, fresh)
  else if (patch.op === 'remove') delete next[key]
  else next[key] = patch.value
  return next
}

/**
 * `state` with `patches` applied in order, without changing it: objects along each path are
 * copied, the rest shared, so a React selector of an untouched part sees the same object.
 */
export function applyPatchesTo<T>(state: T, patches: readonly Patch[]): T {
  const fresh = new WeakSet<object>()
  let next: unknown = state
  for (const patch of patches) next = applyOne(next, patch.path, patch, fresh)
  return next as T
}
