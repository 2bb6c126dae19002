import type { Worker } from 'node:worker_threads'
import { AppError, errorCodeSchema } from '../../shared/result'
import type { ParseInput, ParseJobName, ParseOutput } from './parse-jobs'
import type { ParseReply, ParseRequest } from './parse-worker'
import { builtWorker, onDisk, startWorker } from '../worker-thread'

// Imports are parsed in a worker thread, so main's event loop (every IPC answer, the window's
// saves) keeps running while a large file is read. A worker runs one job at a time; the last one
// used waits, unreferenced, for the next import for a while and then ends, so a second import does
// not pay for a start. A job past its time is stopped by terminating its worker. There is no
// fallback to parsing in main: a worker that cannot start is an error the learner sees.

/** How long one parse may run. Bounded files parse in a few seconds on a slow machine. */
const TIME_LIMIT_MS = 30_000
/** The worker's heap: far above what a bounded file needs, and an overrun ends the worker, not main. */
const HEAP_LIMIT_MB = 1024
/** How long an idle worker is kept for the next job. */
const KEEP_IDLE_MS = 60_000

/** What each job reads, in the learner's words. */
const WHAT: Record<ParseJobName, string> = {
  curriculumFile: 'this file',
  backup: 'this backup',
  noteFiles: 'this folder’s notes',
}

/** The last worker used, waiting for the next job, and the script it runs. */
let idle: { worker: Worker; timer: NodeJS.Timeout; script: string | null; onExit: () => void } | null = null

/** A new parse worker. */
function startParseWorker(script: string | null): Worker {
  return startWorker(script, new URL('./parse-worker.ts', onDisk(import.meta.url)), HEAP_LIMIT_MB)
}

/** The idle worker if there is one running the registered script, else a new one. */
function takeWorker(): { worker: Worker; script: string | null } {
  const script = builtWorker('parse-worker')
  const kept = idle
  idle = null
  if (kept) clearTimeout(kept.timer)
  kept?.worker.off('exit', kept.onExit)
  if (kept?.script === script) {
    kept.worker.ref()
    return { worker: kept.worker, script }
  }
  if (kept) void kept.worker.terminate()
  return { worker: startParseWorker(script), script }
}

/** Keeps a worker that finished cleanly for the next job (ending any other one kept). */
function keepIdle(worker: Worker, script: string | null): void {
  if (idle) void idle.worker.terminate()
  worker.unref()
  const forget = (): void => {
    if (idle?.worker !== worker) return
    clearTimeout(idle.timer)
    idle = null
  }
  const timer = setTimeout(() => (forget(), void worker.terminate()), KEEP_IDLE_MS)
  timer.unref()
  // A kept worker that ends by itself is not handed the next job.
  worker.once('exit', forget)
  idle = { worker, timer, script, onExit: forget }
}

/** A reply as the worker posts it; anything else means the worker broke. */
function isReply(reply: unknown): reply is ParseReply {
  if (typeof reply !== 'object' || reply === null || !('ok' in reply)) return false
  if (reply.ok === true) return 'value' in reply
  const error = (reply as { error?: { code?: unknown; message?: unknown } }).error
  return errorCodeSchema.safeParse(error?.code).success && typeof error?.message === 'string'
}

/**
 * Runs the parse job `job` on `input` in a worker thread and answers its result (both cross by
 * structured clone). The job's own refusals come back as the same AppError; a job past `timeMs` is
 * stopped, and a worker that cannot start or dies is reported, with nothing changed.
 */
export function parseOffMain<N extends ParseJobName>(
  job: N,
  input: ParseInput<N>,
  options: { timeMs?: number } = {},
): Promise<ParseOutput<N>> {
  const timeMs = options.timeMs ?? TIME_LIMIT_MS
  const what = WHAT[job]
  const limit =
    timeMs < 1000 ? `${timeMs} ms` : `${(timeMs / 1000).toLocaleString('en', { maximumFractionDigits: 1 })} seconds`
  return new Promise((resolve, reject) => {
    let worker: Worker
    let script: string | null
    try {
      ;({ worker, script } = takeWorker())
    } catch (error) {
      reject(
        new AppError(
          'internal',
          `Groundwork could not start reading ${what} (${error instanceof Error ? error.message : String(error)}). Nothing was changed.`,
        ),
      )
      return
    }
    const done = (outcome: () => void, keep: boolean): void => {
      clearTimeout(timer)
      worker.off('message', onMessage).off('error', onError).off('exit', onExit)
      if (keep) keepIdle(worker, script)
      else void worker.terminate()
      outcome()
    }
    const onMessage = (reply: unknown): void => {
      if (!isReply(reply))
        done(
          () =>
            reject(
              new AppError(
                'internal',
                `Groundwork could not read ${what}: its reader answered something unexpected. Nothing was changed.`,
              ),
            ),
          false,
        )
      else if (reply.ok) done(() => resolve(reply.value as ParseOutput<N>), true)
      else if (reply.error.code !== 'internal')
        done(() => reject(new AppError(reply.error.code, reply.error.message)), true)
      // A job's own failure (a bug, a stack too deep) is no message for the learner as it stands.
      else
        done(
          () =>
            reject(
              new AppError(
                'internal',
                `Groundwork could not read ${what} (${reply.error.message}). Nothing was changed.`,
              ),
            ),
          true,
        )
    }
    const onError = (error: Error & { code?: string }): void => {
      const memory = error.code === 'ERR_WORKER_OUT_OF_MEMORY'
      const message = memory
        ? `Reading ${what} needed more memory than Groundwork allows, so it was stopped. Try a smaller file. Nothing was changed.`
        : `Groundwork could not read ${what} (${error.message}). Nothing was changed.`
      done(() => reject(new AppError(memory ? 'too-large' : 'internal', message)), false)
    }
    const onExit = (code: number): void =>
      done(
        () =>
          reject(
            new AppError(
              'internal',
              `The reader of ${what} stopped before it answered (exit code ${code}). Nothing was changed.`,
            ),
          ),
        false,
      )
    const timer = setTimeout(
      () =>
        done(
          () =>
            reject(
              new AppError(
                'too-large',
                `Reading ${what} took longer than ${limit}, so it was stopped. Try a smaller file. Nothing was changed.`,
              ),
            ),
          false,
        ),
      timeMs,
    )
    worker.on('message', onMessage).on('error', onError).on('exit', onExit)
    worker.postMessage({ job, input } satisfies ParseRequest)
  })
}
