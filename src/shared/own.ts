/**
 * The entry of `key` in a record keyed by ids, or undefined: own keys only, so an id such as
 * "constructor" or "__proto__" finds nothing instead of what every object inherits.
 */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}
