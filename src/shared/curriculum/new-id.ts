/** Makes the ids of new curriculum items from a prefix (main's randomUUID; tests pass a counter). */
export type NewId = (prefix: string) => string
