import { z } from 'zod'
import { FocusAreaRefs } from '../attrText'

/** The heading levels a plan has (Word's Heading 1-3 in the export, the contents' depth). */
export const HEADING_LEVELS = [1, 2, 3] as const

export const HeadingAttrsSchema = z.strictObject({
  level: z.union(HEADING_LEVELS.map((l) => z.literal(l))),
  /** A section tagged with focus areas (see focusTag/). */
  focusAreas: FocusAreaRefs,
})
