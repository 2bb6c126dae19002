// Where the app's build put the parse worker. Kept apart from parse-off-main.ts, which loads zod:
// index.ts registers the path before the window opens, and the data code loads only after that.

let built: string | null = null

/** The app's build registers where its bundled parse worker is; without it (null) the worker runs from source through tsx (tests, the harness, benches). */
export function useBuiltParseWorker(path: string | null): void {
  built = path
}

/** The registered bundled worker, or null to run it from source. */
export function builtParseWorker(): string | null {
  return built
}
