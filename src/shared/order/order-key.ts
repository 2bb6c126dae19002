// Order keys: strings that sort in the order of the items they belong to, with room between any
// two, so moving an item changes its own key and nothing else (two computers that move different
// items each keep their move). Keys compare with plain `<` (code units), never localeCompare.
//
// A key is an integer part and a fraction. The integer part's first character tells how many
// digits follow ('a'..'z': 1..26 digits, counting up; 'A'..'Z': 26..1 digits, below 'a0'), so
// adding at either end grows keys by a digit only every few thousand items; the fraction (never
// ending in '0') makes room between neighbours. The same scheme as the fractional-indexing package,
// written here because that package is not installed in this build.

/** The digits of a key, in ascending code-unit order. */
const DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz'
const ZERO = DIGITS[0]!
const TOP = DIGITS[DIGITS.length - 1]!
/** The lowest integer part: nothing can be placed below it without a fraction. */
const LOWEST = `A${ZERO.repeat(26)}`

const digitOf = (char: string): number => {
  const at = DIGITS.indexOf(char)
  if (at < 0) throw new Error(`"${char}" is not a digit of an order key.`)
  return at
}

/** How long an integer part is, from its first character. */
function integerLength(head: string): number {
  if (head >= 'a' && head <= 'z') return head.charCodeAt(0) - 'a'.charCodeAt(0) + 2
  if (head >= 'A' && head <= 'Z') return 'Z'.charCodeAt(0) - head.charCodeAt(0) + 2
  throw new Error(`An order key cannot start with "${head}".`)
}

/** The key split into its integer part and its fraction; throws when it is not a valid key. */
function split(key: string): { integer: string; fraction: string } {
  const length = integerLength(key.charAt(0))
  if (key.length < length || key === LOWEST) throw new Error(`"${key}" is not an order key.`)
  for (const char of key.slice(1)) digitOf(char)
  const fraction = key.slice(length)
  if (fraction.endsWith(ZERO)) throw new Error(`"${key}" is not an order key (its fraction ends in ${ZERO}).`)
  return { integer: key.slice(0, length), fraction }
}

/** Whether `key` is a valid order key. */
export function isOrderKey(key: string): boolean {
  try {
    split(key)
    return true
  } catch {
    return false
  }
}

/** A fraction strictly between fractions `a` and `b` (null: no upper bound), not ending in '0'. */
function fractionBetween(a: string, b: string | null): string {
  if (b !== null) {
    // A shared start stays; the rest is placed between what follows it.
    let shared = 0
    while ((a[shared] ?? ZERO) === b[shared]) shared += 1
    if (shared > 0) return b.slice(0, shared) + fractionBetween(a.slice(shared), b.slice(shared))
  }
  const low = a ? digitOf(a.charAt(0)) : 0
  const high = b !== null ? digitOf(b.charAt(0)) : DIGITS.length
  if (high - low > 1) return DIGITS[Math.round((low + high) / 2)]!
  // Neighbouring first digits: b's first digit alone is between when b goes on; else go deeper past a.
  if (b !== null && b.length > 1) return b.charAt(0)
  return DIGITS[low]! + fractionBetween(a.slice(1), null)
}

/** The next integer part, or null past the highest. */
function increment(integer: string): string | null {
  const head = integer.charAt(0)
  const digits = integer.slice(1).split('')
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const next = digitOf(digits[i]!) + 1
    if (next < DIGITS.length) {
      digits[i] = DIGITS[next]!
      return head + digits.join('')
    }
    digits[i] = ZERO
  }
  if (head === 'Z') return `a${ZERO}`
  if (head === 'z') return null
  const nextHead = String.fromCharCode(head.charCodeAt(0) + 1)
  if (nextHead > 'a') digits.push(ZERO)
  else digits.pop()
  return nextHead + digits.join('')
}

/** The previous integer part, or null below the lowest. */
function decrement(integer: string): string | null {
  const head = integer.charAt(0)
  const digits = integer.slice(1).split('')
  for (let i = digits.length - 1; i >= 0; i -= 1) {
    const next = digitOf(digits[i]!) - 1
    if (next >= 0) {
      digits[i] = DIGITS[next]!
      return head + digits.join('')
    }
    digits[i] = TOP
  }
  if (head === 'a') return `Z${TOP}`
  if (head === 'A') return null
  const nextHead = String.fromCharCode(head.charCodeAt(0) - 1)
  if (nextHead < 'Z') digits.push(TOP)
  else digits.pop()
  return nextHead + digits.join('')
}

/** A key after `a` and before `b` (null: no bound on that side); throws unless a < b. */
export function keyBetween(a: string | null, b: string | null): string {
  const low = a === null ? null : split(a)
  const high = b === null ? null : split(b)
  if (a !== null && b !== null && a >= b) throw new Error(`No order key fits between "${a}" and "${b}".`)
  if (low === null) {
    if (high === null) return `a${ZERO}`
    // The lowest integer cannot go lower: the fraction makes room (its fraction is never empty).
    if (high.integer === LOWEST) return LOWEST + fractionBetween('', high.fraction)
    if (high.fraction) return high.integer
    return decrement(high.integer) ?? LOWEST + fractionBetween('', high.fraction)
  }
  if (high === null || low.integer !== high.integer) {
    const above = increment(low.integer)
    if (above !== null && (b === null || above < b)) return above
    return low.integer + fractionBetween(low.fraction, null)
  }
  return low.integer + fractionBetween(low.fraction, high.fraction)
}

/** `n` keys in ascending order after `a` and before `b`, kept short by halving the gap. */
export function keysBetween(a: string | null, b: string | null, n: number): string[] {
  if (n <= 0) return []
  if (n === 1) return [keyBetween(a, b)]
  if (b === null) {
    const keys = [keyBetween(a, null)]
    while (keys.length < n) keys.push(keyBetween(keys[keys.length - 1]!, null))
    return keys
  }
  if (a === null) {
    const keys = [keyBetween(null, b)]
    while (keys.length < n) keys.unshift(keyBetween(null, keys[0]!))
    return keys
  }
  const half = Math.floor(n / 2)
  const middle = keyBetween(a, b)
  return [...keysBetween(a, middle, half), middle, ...keysBetween(middle, b, n - half - 1)]
}
