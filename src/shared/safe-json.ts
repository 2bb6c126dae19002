// One way to read JSON a learner brings in (a backup, a curriculum pack): JSON.parse that notices
// any key able to reach Object.prototype if some code ever merged the parsed object.

/** Keys no file of ours ever has. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/** What parsing answered: the value, or why it was refused (callers word the message). */
export type SafeJson =
  { ok: true; value: unknown } | { ok: false; reason: 'syntax' } | { ok: false; reason: 'forbidden-key'; key: string }

/** Parses `text`, refusing invalid JSON and any `__proto__`, `constructor` or `prototype` key. */
export function parseJsonSafely(text: string): SafeJson {
  // No initial value: after `= null` the compiler would not see the reviver's assignment and take it for null below.
  let bad: string | undefined
  let value: unknown
  try {
    value = JSON.parse(text, function (key, val: unknown) {
      if (FORBIDDEN_KEYS.has(key)) bad = key
      return val
    })
  } catch {
    return { ok: false, reason: 'syntax' }
  }
  return bad !== undefined ? { ok: false, reason: 'forbidden-key', key: bad } : { ok: true, value }
}

/** Whether text read as UTF-8 looks like binary data (a NUL, or many bytes that are not UTF-8). */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true
  let replaced = 0
  for (const ch of text) if (ch === '\uFFFD' && ++replaced > Math.max(8, text.length / 100)) return true
  return false
}
