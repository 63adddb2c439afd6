import { z } from 'zod'

export const Language = z.enum(['da', 'en'])
export type Language = z.infer<typeof Language>

export const Settings = z.object({
  language: Language.default('da'),
})
export type Settings = z.infer<typeof Settings>
