import { z } from 'zod'

/** A short comment per initiative for the dialogue meeting, by initiative id. */
export const STATUS_COMMENT_MAX = 2000
export const YearlyStatusNotes = z.object({
  comments: z
    .record(z.string().regex(/^[A-Za-z0-9_-]{1,64}$/), z.string().max(STATUS_COMMENT_MAX))
    .refine((r) => Object.keys(r).length <= 2000, 'too many comments')
    .default({}),
})
export type YearlyStatusNotes = z.infer<typeof YearlyStatusNotes>
