// Imported first by main.tsx, so the first state request leaves before React and the views
// are even evaluated: the round trip to main overlaps the page's own start-up.

/** The answer to the first app.getState, requested as the page's scripts start. */
export const firstState = window.api.app.getState()
