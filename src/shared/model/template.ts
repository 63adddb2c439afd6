import { z } from 'zod'

/** A plan template (resources/templates/*.json): the sections a new plan opens with, each with a
 * guiding prompt shown as placeholder text until the user types, in Danish and in English (a plan
 * made in the English UI is English through). `derived` places the action plan or the focus-area
 * overview right after the section's prompt. */
export const TemplateSection = z.object({
  heading: z.string().min(1),
  headingEn: z.string().min(1),
  prompt: z.string().default(''),
  promptEn: z.string().default(''),
  level: z.number().int().min(1).max(3).default(1),
  derived: z.enum(['actionPlan', 'focusMatrix']).optional(),
  /** A Nøgletal slot after the section's prompt: an empty key-figures block with its title, row
   * heading and unit filled in, and a prompt of its own that says where the numbers come from. */
  keyFigures: z
    .object({
      title: z.string().max(300),
      titleEn: z.string().max(300),
      labelHeading: z.string().max(200).default(''),
      labelHeadingEn: z.string().max(200).default(''),
      column: z.string().max(200).default(''),
      columnEn: z.string().max(200).default(''),
      unit: z.string().max(50).default(''),
      unitEn: z.string().max(50).default(''),
      prompt: z.string().default(''),
      promptEn: z.string().default(''),
    })
    .optional(),
})
export const Template = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,64}$/),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  description: z.string().default(''),
  descriptionEn: z.string().default(''),
  kind: z.enum(['council', 'cluster', 'any']).default('any'),
  sections: z.array(TemplateSection).min(1),
})
export type Template = z.infer<typeof Template>
export type TemplateSummary = Pick<
  Template,
  'id' | 'title' | 'titleEn' | 'description' | 'descriptionEn' | 'kind'
>
