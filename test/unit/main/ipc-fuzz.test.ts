import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { z } from 'zod'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createCore, type Core } from '../../../src/main/core'
import { contract, listChannels } from '../../../src/shared/contract'
import type { Channel } from '../../../src/shared/contract/channel'
import { errorCodeSchema } from '../../../src/shared/result'
import { cancelledSchema } from '../../../src/shared/contract/dialog'
import { DATA_FILE, parseState } from '../../../src/main/store/data-store'
import { isSafeExternalUrl } from '../../../src/main/security'
import { SKILLS } from '../../../src/shared/curriculum/skills'
import { tempDir } from '../../support/temp-dir'
import { testServices } from '../../support/test-services'
import { testClock } from '../../support/test-clock'

const RUNS_PER_CHANNEL = Number(process.env.FUZZ_RUNS ?? 300)

/** A nested object `depth` levels deep, built without recursion. */
function deep(depth: number, makeArray = false): unknown {
  let value: unknown = 'bottom'
  for (let i = 0; i < depth; i += 1) value = makeArray ? [value] : { a: value }
  return value
}

/** Hand-picked hostile values: wrong types, huge, deep, prototype tricks, odd numbers. */
const HOSTILE: unknown[] = [
  undefined,
  null,
  true,
  false,
  0,
  -0,
  -1,
  1.5,
  NaN,
  Infinity,
  -Infinity,
  Number.MAX_SAFE_INTEGER + 2,
  -1e308,
  1e308,
  2n ** 70n,
  '',
  ' ',
  'x'.repeat(5_000_000),
  '\u0000',
  '\ud800',
  '<script>window.__xss=1</script>',
  '../../etc/passwd',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'https://user:pass@example.com/',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  [],
  [1, 2, 3],
  deep(10_000),
  deep(10_000, true),
  new Date(0),
  new Uint8Array(1024),
  new Map([['a', 1]]),
  new Set([1]),
  JSON.parse('{"__proto__":{"polluted":1}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":1}}}'),
  Object.create(null),
  Object.assign(Object.create(null), { __proto__: { polluted: 1 } }),
]

/** Values a real caller would send, so some calls pass validation and reach the handlers. */
const PLAUSIBLE: unknown[] = [
  ...SKILLS.map((s) => s.id),
  'not-started',
  'learning',
  'done',
  'skipped',
  'https://example.com/docs',
  'http://127.0.0.1/',
  '/tmp/x.json',
]

const hostileValue = fc.oneof(
  fc.constantFrom(...HOSTILE),
  fc.constantFrom(...PLAUSIBLE),
  fc.anything({
    withBigInt: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withUnicodeString: true,
  }),
  fc.double(),
  fc.string({ unit: 'binary', maxLength: 300 }),
)

/** A payload: hostile as a whole, or the channel's own keys (plus extras) with hostile values. */
function payloadFor(channel: Channel): fc.Arbitrary<unknown> {
  const keys = channel.request instanceof z.ZodObject ? Object.keys(channel.request.shape) : []
  const shaped = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] })
    : fc.constant(undefined)
  const withExtras = fc
    .tuple(shaped, fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'extra', 'polluted'), hostileValue))
    .map(([a, b]) => (typeof a === 'object' && a !== null ? Object.assign(b, a) : a))
  const plausible = keys.length
    ? fc.record(Object.fromEntries(keys.map((k) => [k, fc.constantFrom(...PLAUSIBLE)])))
    : fc.constant(undefined)
  return fc.oneof(hostileValue, shaped, withExtras, plausible)
}

let core: Core
let dataDir: string
let remove: () => Promise<void>
let services: ReturnType<typeof testServices>
const logged: string[] = []
const protoKeysBefore = Object.getOwnPropertyNames(Object.prototype).sort()

beforeAll(async () => {
  ;({ dir: dataDir, remove } = await tempDir('groundwork-fuzz-'))
  services = testServices(dataDir)
  core = await createCore({
    dataDir,
    services,
    log: (m) => void logged.push(m),
    checkResponses: true,
    clock: testClock(),
  })
})
afterAll(async () => {
  await core.close()
  await remove()
})

/** Is this a dialog channel's "the learner closed the dialog" answer? */
function isCancelledAnswer(value: unknown): boolean {
  return cancelledSchema.safeParse(value).success
}

/** Checks one answer; returns 'ok', 'cancelled' for a closed dialog (a value, not an error), or the error code. */
function checkResult(channel: Channel | undefined, result: unknown): string {
  const shape = z.union([
    z.object({ ok: z.literal(true), value: z.unknown() }).strict(),
    z
      .object({
        ok: z.literal(false),
        error: z.object({ code: errorCodeSchema, message: z.string().min(1).max(500) }).strict(),
      })
      .strict(),
  ])
  const parsed = shape.parse(result)
  if (parsed.ok) {
    expect(channel, 'only a known channel may answer ok').toBeDefined()
    channel?.response.parse(parsed.value)
    return isCancelledAnswer(parsed.value) ? 'cancelled' : 'ok'
  }
  // A learner-readable message, never a stack trace or an echo of a huge payload.
  expect(parsed.error.message).not.toMatch(/\n\s+at |\.ts:\d+|node_modules/)
  return parsed.error.code
}

describe('IPC fuzzing', () => {
  it('answers every hostile payload on every channel with a clear error or a valid value', async () => {
    const counts = new Map<string, number>()
    let calls = 0
    let throws = 0
    for (const [domain, method, wire] of listChannels()) {
      const channel = (contract[domain] as Record<string, Channel>)[method]
      if (!channel) throw new Error(`no channel ${wire}`)
      const send = async (payload: unknown): Promise<void> => {
        calls += 1
        let result: unknown
        try {
          result = await core.dispatch(wire, payload)
        } catch (error) {
          throws += 1
          throw error
        }
        const code = checkResult(channel, result)
        counts.set(code, (counts.get(code) ?? 0) + 1)
      }
      for (const payload of HOSTILE) await send(payload)
      await fc.assert(fc.asyncProperty(payloadFor(channel), send), { numRuns: RUNS_PER_CHANNEL, seed: 8 })
    }
    // Unknown and odd wire names.
    for (const wire of [
      '',
      '__proto__',
      'constructor',
      'toString',
      'app:',
      ':getState',
      'app:getState ',
      'APP:GETSTATE',
      'x'.repeat(100_000),
    ]) {
      calls += 1
      expect(checkResult(undefined, await core.dispatch(wire, {}))).toBe('unknown-channel')
    }
    await core.store.flush()

    const text = await readFile(join(dataDir, DATA_FILE), 'utf8')
    expect(() => parseState(text)).not.toThrow()
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoKeysBefore)
    for (const url of services.opened) expect(isSafeExternalUrl(url), url).toBe(true)
    const summary = [...counts].map(([code, n]) => `${code}=${n}`).join(' ')
    console.log(
      `fuzz: channels=${listChannels().length} calls=${calls} throws=${throws} ${summary} internalErrors=${counts.get('internal') ?? 0} writes=${core.store.writeCount} fileValid=yes polluted=no opened=${services.opened.length}`,
    )
    expect(throws).toBe(0)
    // An "internal" answer means a handler crashed on input the schema let through: a bug.
    expect(counts.get('internal') ?? 0).toBe(0)
    // The fuzz services close every open dialog: those calls must come back as a valid value.
    expect(counts.get('cancelled') ?? 0, 'closed dialogs answer { cancelled: true }').toBeGreaterThan(0)
    // app:reportError's job is to write what the renderer saw to the log: each report keeps to its
    // own lines (a message on one line, the stack indented), whatever the fuzz put in it. Nothing else is logged.
    const reports = logged.filter((line) => /^The [a-z]+ view could not be shown: /.test(line))
    for (const report of reports)
      expect(
        report.split('\n').every((line, i) => i === 0 || line.startsWith('  ')),
        report,
      ).toBe(true)
    expect(logged.filter((line) => !reports.includes(line))).toEqual([])
    expect(core.store.writeCount, 'some fuzzed calls must get through to a write').toBeGreaterThan(0)
  }, 120_000)
})
