import { parentPort } from 'node:worker_threads'
import { AppError, type ApiError } from '../../shared/result'
import { PARSE_JOBS, type ParseJobName } from './parse-jobs'

// The parse worker's entry: runs each job it is sent, one at a time, and posts the answer or the
// error as data (an AppError's code and message; anything else as "internal").

/** A job as main sends it. */
export interface ParseRequest {
  job: ParseJobName
  input: unknown
}

/** What the worker posts back for a job. */
export type ParseReply = { ok: true; value: unknown } | { ok: false; error: ApiError }

function run({ job, input }: ParseRequest): ParseReply {
  try {
    if (!Object.hasOwn(PARSE_JOBS, job)) throw new AppError('internal', `There is no parse job named "${String(job)}".`)
    return { ok: true, value: PARSE_JOBS[job](input as never) }
  } catch (error) {
    if (error instanceof AppError) return { ok: false, error: { code: error.code, message: error.message } }
    return { ok: false, error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } }
  }
}

parentPort?.on('message', (request: ParseRequest) => parentPort?.postMessage(run(request)))
