import type { z } from 'zod'

/** One request/response channel: both sides are zod schemas. */
export interface Channel<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req
  response: Res
}

/** Declares a channel; a function only so the schemas keep their precise types. */
export function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): Channel<Req, Res> {
  return { request, response }
}
