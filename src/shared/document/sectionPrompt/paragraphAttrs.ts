import { z } from 'zod'
import { fieldText } from '../attrText'

/** A paragraph carries at most its section's template prompt (see sectionPrompt.ts). */
export const ParagraphAttrsSchema = z.strictObject({
  prompt: fieldText(5000).nullable(),
})
