// Imported first by main.tsx. The preload asked main for the state as the page started loading,
// so by the time the scripts run its answer is usually in; this takes that answer.
import { call } from './call'

/** The answer to the first app.getState, requested as the page started. */
export const firstState = call('app.getState', undefined)
