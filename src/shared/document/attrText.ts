import { z } from 'zod'

/** Building blocks for the per-node attribute schemas (each lives beside its node). */

/** A text a user typed into a field: a string, and not a book. */
export const fieldText = (max: number) => z.string().max(max)

/** A focus area's id as a catalogue gives it (catalogue.ts: 1..64 characters). */
export const FocusAreaRef = z.string().min(1).max(64)
/** The focus areas a heading or an initiative serves: a catalogue holds at most 200. */
export const FocusAreaRefs = z.array(FocusAreaRef).max(200)
