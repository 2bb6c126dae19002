import { contract, listChannels } from '../shared/contract'
import type { Channel } from '../shared/contract/channel'
import { AppError, type Result } from '../shared/result'
import type { Handlers } from './handlers/types'
import { errnoCode } from './io-reason'
import { withOrigin } from './store/origin'

/** Anything that logs; main passes its file logger, tests pass a spy. */
export type Logger = (message: string, error?: unknown) => void

/**
 * Calls a channel by wire name: validates the payload, runs the handler, never throws. `from`
 * says the app's window asked (its own changes come back in the answer, not as events it must apply).
 */
export type Dispatch = (wireName: string, payload: unknown, from?: 'window') => Promise<Result<unknown>>

/** Longest string we print in an error message, so a huge payload does not echo back. */
const MAX_ECHO = 200

function clip(text: string): string {
  return text.length > MAX_ECHO ? `${text.slice(0, MAX_ECHO)}…` : text
}

/**
 * Builds the dispatcher over the handler map. Errors become data: bad input answers
 * `invalid-payload` with the first problem, a handler's AppError keeps its code, anything
 * else is logged and answered as `internal` without its stack.
 */
export function createRouter(handlers: Handlers, log: Logger, options: { checkResponses?: boolean } = {}): Dispatch {
  const table = new Map<string, { channel: Channel; run: (request: unknown) => Promise<unknown> }>()
  for (const [domain, method, wire] of listChannels()) {
    const domainHandlers = handlers[domain] as Record<string, (request: unknown) => Promise<unknown>>
    const run = domainHandlers[method]
    const channel = (contract[domain] as Record<string, Channel>)[method]
    if (!run || !channel) throw new Error(`No handler for ${wire}`)
    table.set(wire, { channel, run: run.bind(domainHandlers) })
  }

  return async (wireName, payload, from) => {
    const entry = typeof wireName === 'string' ? table.get(wireName) : undefined
    if (!entry)
      return { ok: false, error: { code: 'unknown-channel', message: `Unknown channel "${clip(String(wireName))}".` } }
    const parsed = entry.channel.request.safeParse(payload)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : ''
      // The message is shown to the learner as is: schemas carry readable custom messages.
      return {
        ok: false,
        error: { code: 'invalid-payload', message: clip(`${where}${issue?.message ?? 'The request was rejected.'}`) },
      }
    }
    try {
      // Every store write the handler makes, however deep, carries the channel as its origin.
      const value = await withOrigin({ kind: 'channel', channel: wireName, ...(from ? { window: true } : {}) }, () =>
        entry.run(parsed.data),
      )
      if (options.checkResponses) entry.channel.response.parse(value)
      return { ok: true, value }
    } catch (error) {
      if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } }
      // Store writes are what reaches here as a raw file system error; exports map their own.
      const code = errnoCode(error)
      if (code === 'ENOSPC' || code === 'EACCES' || code === 'EPERM' || code === 'EROFS' || code === 'EIO') {
        log(`${wireName} failed to write`, error)
        return {
          ok: false,
          error: {
            code: 'io-error',
            message: `Could not save to disk (${code}). Your change is kept in memory and will be retried with the next save.`,
          },
        }
      }
      log(`${wireName} failed`, error)
      return {
        ok: false,
        error: { code: 'internal', message: `Something went wrong in ${wireName}. Details were written to the log.` },
      }
    }
  }
}
