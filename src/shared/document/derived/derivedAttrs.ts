import { z } from 'zod'

/** The action plan and the focus matrix carry nothing: what they show is derived, never stored. */
export const DerivedBlockAttrsSchema = z.strictObject({})
