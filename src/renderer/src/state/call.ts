import type {
  Domain,
  EventName,
  EventPayload,
  MethodOf,
  RequestOf,
  ResponseOf,
  StateView,
} from '../../../shared/contract'
import type { Result } from '../../../shared/result'
import type { Store } from './store'

// The renderer's one way to talk to main: every window.api call goes through call, every store
// action answers an Outcome, and every slice changes its field of the held state with patchData.

/** What every store action answers: its value, or a message to show the learner as it is. */
export type Outcome<T = unknown> = { ok: true; value: T } | { ok: false; message: string }

/** A channel by the name window.api gives it, e.g. "skills.setStatus". */
export type ChannelName = { [D in Domain]: `${D}.${MethodOf<D>}` }[Domain]

/** What a channel takes. */
export type RequestTo<C extends ChannelName> = C extends `${infer D extends Domain}.${infer M}`
  ? M extends MethodOf<D>
    ? RequestOf<D, M>
    : never
  : never

/** What a channel answers. */
export type AnswerOf<C extends ChannelName> = C extends `${infer D extends Domain}.${infer M}`
  ? M extends MethodOf<D>
    ? ResponseOf<D, M>
    : never
  : never

/** How a call's answer reaches the store. */
export interface CallOptions<T> {
  /**
   * Calls on the same key race: an answer is held back while a newer call is out (so it cannot
   * undo what that call shows), and an older answer arriving after a newer one is dropped.
   */
  key?: string
  /** Takes the answer into the store (not for an answer held back or dropped). */
  apply?: (value: T) => void
  /** Start of the failure message: "Could not save the weight" gives "Could not save the weight: <main's message>". */
  failure?: string
  /** Takes a failure into the store, when no newer call on the key is out. */
  onFailure?: (message: string) => void
  /** Shows a change at once (controls must not lag behind the hand); returns what takes it back. */
  optimistic?: () => () => void
}

/** An optimistic step for CallOptions: writes `change(current)` now; its undo writes `current` back. */
export function optimisticWrite<S>(
  read: () => S,
  write: (value: S) => void,
  change: (current: S) => S,
): () => () => void {
  return () => {
    const before = read()
    write(change(before))
    return () => write(before)
  }
}

/** The message a form shows after an action: null when it succeeded. */
export function failureOf(outcome: Outcome): string | null {
  return outcome.ok ? null : outcome.message
}

/** A readable message from anything thrown. */
function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

type Sender = (request: unknown) => Promise<Result<unknown>>

function send<C extends ChannelName>(channel: C, request: RequestTo<C>): Promise<Result<AnswerOf<C>>> {
  const [domain, method] = channel.split('.') as [Domain, string]
  // window.api is typed channel by channel; reaching it by name is what lets every call come through here.
  const sender = (window.api[domain] as unknown as Record<string, Sender> | undefined)?.[method]
  if (!sender)
    return Promise.resolve({
      ok: false,
      error: { code: 'unknown-channel', message: `There is no channel ${channel}.` },
    })
  return sender(request).catch((error: unknown) => ({
    ok: false,
    error: { code: 'internal', message: messageOf(error) },
  })) as Promise<Result<AnswerOf<C>>>
}

// The calls out on one key: their numbers, the newest answer taken, and what to show if the newest
// call fails (an answer held back, or the store as it was before the first guess).
interface Race {
  issued: number
  out: Set<number>
  taken: number
  held: number
  fallback: (() => void) | null
}
const races = new Map<string, Race>()

function raceFor(key: string | undefined): Race {
  const fresh = (): Race => ({ issued: 0, out: new Set(), taken: 0, held: 0, fallback: null })
  if (key === undefined) return fresh()
  let race = races.get(key)
  if (!race) races.set(key, (race = fresh()))
  return race
}

/**
 * Sends a call to main, read or change alike: shows an optimistic change at once when asked,
 * takes main's answer into the store as `options` say, or takes the guess back on failure.
 */
export async function call<C extends ChannelName>(
  channel: C,
  request: RequestTo<C>,
  options: CallOptions<AnswerOf<C>> = {},
): Promise<Outcome<AnswerOf<C>>> {
  const race = raceFor(options.key)
  const undo = options.optimistic?.()
  race.fallback ??= undo ?? null
  const mine = ++race.issued
  race.out.add(mine)
  const result = await send(channel, request)
  race.out.delete(mine)
  const newerOut = [...race.out].some((n) => n > mine)
  if (options.key !== undefined && race.out.size === 0) races.delete(options.key)

  if (result.ok) {
    const { value } = result
    if (mine < race.taken) return { ok: true, value }
    if (newerOut) {
      if (mine > race.held) [race.held, race.fallback] = [mine, () => options.apply?.(value)]
    } else {
      race.taken = mine
      race.fallback = null
      options.apply?.(value)
    }
    return { ok: true, value }
  }
  const message = options.failure ? `${options.failure}: ${result.error.message}` : result.error.message
  // A failure counts in the store only when no newer call is out or already answered.
  if (!newerOut && mine > race.taken) {
    race.fallback?.()
    race.fallback = null
    options.onFailure?.(message)
  }
  return { ok: false, message }
}

/** Subscribes to a main-process event; returns the unsubscribe. */
export function listen<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void {
  return window.api.on(event, listener)
}

/** The store's set, as patchData needs it. */
type SetStore = (update: (state: Store) => Partial<Store>) => void

/** Replaces one field of the held state with what `next` makes of it; nothing while no state is held. */
export function patchData<K extends keyof StateView>(
  set: SetStore,
  field: K,
  next: (current: StateView[K]) => StateView[K],
): void {
  set((s) => (s.data ? { data: { ...s.data, [field]: next(s.data[field]) } } : {}))
}

/** Also shows a failed outcome in the app-wide banner, for controls with no message line of their own. */
export async function inBanner<T>(
  get: () => Pick<Store, 'setActionError'>,
  pending: Promise<Outcome<T>>,
): Promise<Outcome<T>> {
  const outcome = await pending
  if (!outcome.ok) get().setActionError(outcome.message)
  return outcome
}
