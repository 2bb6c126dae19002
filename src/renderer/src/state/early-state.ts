import type { Api } from '../../../shared/contract'

type StateResult = ReturnType<Api['app']['getState']>

let early: StateResult | null = null

/** Asks main for the state before React first renders, so the answer is on its way sooner. */
export function requestStateEarly(): void {
  early = window.api.app.getState()
}

/** The state request made at start-up, handed out once; later loads ask again. */
export function getStateOnce(): StateResult {
  const pending = early ?? window.api.app.getState()
  early = null
  return pending
}
