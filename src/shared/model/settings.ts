import { z } from 'zod'

export const Language = z.enum(['da', 'en'])
export type Language = z.infer<typeof Language>

/** The plan text's size in per cent, in the steps Ctrl+plus / Ctrl+minus walk through. */
export const TEXT_SIZES = [90, 100, 110, 125, 150, 175, 200] as const
export const TextSize = z
  .number()
  .int()
  .refine((n) => (TEXT_SIZES as readonly number[]).includes(n))
export type TextSize = z.infer<typeof TextSize>

export const Settings = z.object({
  language: Language.default('da'),
  textSize: TextSize.default(100),
})
export type Settings = z.infer<typeof Settings>
