import { z } from 'zod'

/** One of the municipality's focus areas (indsatsområde). The id is stable across versions of a
 * catalogue so that plans can follow a catalogue from one version to the next. */
export const FocusArea = z.object({
  id: z.string().trim().min(1).max(64),
  number: z.number().int().min(0).max(999).optional(),
  title: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(''),
  colour: z
    .string()
    .regex(/^#[0-9a-fA-F]{6}$/)
    .default('#5b7c99'),
})
export type FocusArea = z.infer<typeof FocusArea>

/** A focus-area catalogue: the focus areas of one rural policy (landdistriktspolitik), with the
 * source that tells a consultant where they come from. Data, never code: policies are revised. */
export const Catalogue = z.object({
  /** Also the file name of a user catalogue (`<dataDir>/catalogues/<id>.json`), hence the safe alphabet. */
  id: z
    .string()
    .trim()
    .regex(/^[a-zA-Z0-9_-]{1,64}$/),
  municipality: z.string().trim().min(1).max(200),
  title: z.string().trim().min(1).max(300),
  adopted: z.string().max(40).default(''),
  version: z.string().trim().min(1).max(40),
  goal: z.string().max(1000).default(''),
  source: z.string().max(1000).default(''),
  focusAreas: z.array(FocusArea).max(200),
})
export type Catalogue = z.infer<typeof Catalogue>
