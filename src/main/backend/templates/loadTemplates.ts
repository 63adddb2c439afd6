import { join } from 'node:path'
import { Template, type TemplateSummary } from '../../../shared/model/template'
import type { Fs } from '../store/fsFacade'
import { errnoCode } from '../store/fsFacade'
import { t } from '../../../shared/i18n/translate'

/** The "blank" plan needs no file: one empty paragraph. Worded as the wizard words it. */
export const BLANK_TEMPLATE_ID = 'blank'
export const BLANK_SUMMARY: TemplateSummary = {
  id: BLANK_TEMPLATE_ID,
  title: t('da', 'plans:wizard.template.blank'),
  titleEn: t('en', 'plans:wizard.template.blank'),
  description: t('da', 'plans:wizard.template.blankDescription'),
  descriptionEn: t('en', 'plans:wizard.template.blankDescription'),
  kind: 'any',
}

export type TemplateLoad = { templates: Template[]; problems: { file: string; reason: string }[] }

/**
 * Reads resources/templates/*.json. Templates are data, so a broken one is left out and reported
 * rather than stopping the app; the shipped ones are checked by the unit tests.
 */
export async function loadTemplates(fs: Fs, resourcesDir: string): Promise<TemplateLoad> {
  const dir = join(resourcesDir, 'templates')
  let names: string[]
  try {
    names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json')).sort()
  } catch (err) {
    if (errnoCode(err) === 'ENOENT') return { templates: [], problems: [] }
    throw err
  }
  const out: TemplateLoad = { templates: [], problems: [] }
  for (const file of names) {
    try {
      const parsed = Template.safeParse(JSON.parse(await fs.readFile(join(dir, file), 'utf8')))
      if (!parsed.success) out.problems.push({ file, reason: parsed.error.message })
      else if (parsed.data.id === BLANK_TEMPLATE_ID) out.problems.push({ file, reason: 'reserved id' })
      else out.templates.push(parsed.data)
    } catch (err) {
      out.problems.push({ file, reason: err instanceof Error ? err.message : String(err) })
    }
  }
  return out
}

export function summarise(t: Template): TemplateSummary {
  return {
    id: t.id,
    title: t.title,
    titleEn: t.titleEn,
    description: t.description,
    descriptionEn: t.descriptionEn,
    kind: t.kind,
  }
}
