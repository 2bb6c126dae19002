// Intl formatters are costly to build (locale data is loaded on first use), so each is built
// once, when first needed, not while a view's module loads.
let count: Intl.NumberFormat | undefined

/** A whole number with the locale's digit grouping (below 1,000 there is nothing to group). */
export function formatCount(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1000) return String(value)
  return (count ??= new Intl.NumberFormat()).format(value)
}
