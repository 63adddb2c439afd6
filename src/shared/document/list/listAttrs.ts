import { z } from 'zod'

/** A numbered list: where it starts counting and its marker kind ("1", "a", "i" ... from a paste). */
export const OrderedListAttrsSchema = z.strictObject({
  start: z.number().int().min(-1_000_000).max(1_000_000),
  type: z.string().max(10).nullable(),
})
