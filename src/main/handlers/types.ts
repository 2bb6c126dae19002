import type { Contract, Domain, MethodOf, ResponseOf } from '../../shared/contract'
import type { z } from 'zod'

/** The handlers of one domain: one async function per channel, typed by the contract. */
export type DomainHandlers<D extends Domain> = {
  [M in MethodOf<D>]: (
    request: z.output<Contract[D][M] extends { request: infer R extends z.ZodType } ? R : never>,
  ) => Promise<ResponseOf<D, M>>
}

/** Every handler of every domain; a missing one is a compile error. */
export type Handlers = { [D in Domain]: DomainHandlers<D> }
