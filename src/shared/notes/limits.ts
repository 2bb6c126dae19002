/** Longest note body we accept over IPC or in a file: 1 MB of text. Free of zod so the renderer can use it. */
export const MAX_NOTE_CHARS = 1_000_000
