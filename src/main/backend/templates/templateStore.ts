import type { Template, TemplateSummary } from '../../../shared/model/template'
import type { Language } from '../../../shared/model/settings'
import { AppError } from '../../../shared/model/errors'
import type { Fs } from '../store/fsFacade'
import {
  BLANK_SUMMARY,
  BLANK_TEMPLATE_ID,
  loadTemplates,
  summarise,
  type TemplateLoad,
} from './loadTemplates'

/** The shipped templates, read once: they only change with a new version of the app. */
export function createTemplateStore(fs: Fs, resourcesDir: string) {
  let loaded: Promise<TemplateLoad> | null = null
  const load = () => {
    loaded ??= loadTemplates(fs, resourcesDir).then((r) => {
      for (const p of r.problems) console.warn(`[templates] ${p.file} left out: ${p.reason}`)
      return r
    })
    return loaded
  }
  return {
    async list(): Promise<TemplateSummary[]> {
      return [BLANK_SUMMARY, ...(await load()).templates.map(summarise)]
    },
    /** null for the blank plan; 'not-found' for an id no template has. In English the headings,
     * prompts and title are the template's English ones, so the new plan is English through. */
    async get(id: string, language: Language = 'da'): Promise<Template | null> {
      if (id === BLANK_TEMPLATE_ID) return null
      const t = (await load()).templates.find((x) => x.id === id)
      if (!t) throw new AppError('not-found', `no template ${id}`)
      return language === 'en' ? inEnglish(t) : t
    },
  }
}
export type TemplateStore = ReturnType<typeof createTemplateStore>

function inEnglish(t: Template): Template {
  return {
    ...t,
    title: t.titleEn,
    description: t.descriptionEn,
    sections: t.sections.map((s) => ({
      ...s,
      heading: s.headingEn,
      prompt: s.promptEn,
      keyFigures: s.keyFigures && {
        ...s.keyFigures,
        title: s.keyFigures.titleEn,
        labelHeading: s.keyFigures.labelHeadingEn,
        column: s.keyFigures.columnEn,
        unit: s.keyFigures.unitEn,
        prompt: s.keyFigures.promptEn,
      },
    })),
  }
}
