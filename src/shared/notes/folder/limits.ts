// How much one Markdown folder import may hold. Free of zod so the renderer can say them too.

/** Most Markdown files one import reads. */
export const MAX_FOLDER_FILES = 5_000
/** Most bytes of Markdown one import reads, all files together. */
export const MAX_FOLDER_BYTES = 20 * 1024 * 1024
/** Most files and folders looked at in one import, Markdown or not: a whole home folder is refused quickly. */
export const MAX_FOLDER_ENTRIES = 50_000
/** Deepest folder looked into, counted from the chosen one. */
export const MAX_FOLDER_DEPTH = 24
