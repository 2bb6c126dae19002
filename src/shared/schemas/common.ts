import { z } from 'zod'
import { isOrderKey } from '../order/order-key'

/** A stable slug id (skills, sub-topics, goals, notes): also keeps `__proto__` out of record keys. */
export const idSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, 'must be a lowercase id of letters, digits and dashes')

/** An item's place among its peers (see order/order-key): lists are sorted by it, a move changes only it. */
export const orderKeySchema = z.string().max(400).refine(isOrderKey, 'must be an order key')

/** An ISO 8601 timestamp with offset, as `new Date().toISOString()` writes it. */
export const timestampSchema = z.iso.datetime({ offset: true })

/** A calendar day, YYYY-MM-DD. */
export const daySchema = z.iso.date()

export { MAX_NOTE_CHARS } from '../notes/limits'
