import { AppError } from '../../shared/model/errors'
import { isAllowedLink } from '../../shared/document/linkPolicy'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { uiLanguage } from './uiLanguage'

export type PlanCommand =
  | 'app.info'
  | 'settings.get'
  | 'settings.set'
  | 'plans.list'
  | 'plans.create'
  | 'plans.get'
  | 'plans.save'
  | 'plans.rename'
  | 'plans.delete'
  | 'plans.dismissQuarantined'
  | 'templates.list'
  | 'assets.add'
  | 'shell.openExternal'

/** What the plan commands touch: the plans and their images, the templates and catalogues a new
 * plan starts from, the settings, and the data folder app.info describes. */
type Deps = Pick<Services, 'plans' | 'assets' | 'templates' | 'catalogues' | 'settings' | 'dataFolder'>

export function planHandlers(backend: Deps, host: Host): HandlersFor<PlanCommand> {
  return {
    'app.info': async () => ({
      version: host.appVersion(),
      dataDir: backend.dataFolder.dir,
      readOnly: backend.dataFolder.readOnly,
      assetBase: host.assetBase(),
      startup: backend.dataFolder.startup,
    }),
    'settings.get': () => backend.settings.get(),
    'settings.set': (patch) => backend.settings.set(patch),

    'plans.list': () => backend.plans.list(),
    'plans.create': async (input) => {
      // The plan's headings and prompts are in the language the wizard was shown in.
      const template = await backend.templates.get(input.templateId, await uiLanguage(backend.settings))
      // The plan keeps its own copy of the catalogue (see plans.setCatalogue).
      const catalogue = input.catalogueId === null ? null : await backend.catalogues.get(input.catalogueId)
      const { catalogueId: _catalogueId, ...meta } = input
      return backend.plans.create(meta, template, catalogue)
    },
    'plans.get': ({ id }) => backend.plans.get(id),
    'plans.save': (input) => backend.plans.save(input),
    'plans.rename': ({ id, title }) => backend.plans.rename(id, title),
    'plans.delete': ({ id }) => backend.plans.delete(id),
    'plans.dismissQuarantined': ({ id }) => backend.plans.dismissQuarantined(id),

    'templates.list': () => backend.templates.list(),
    'assets.add': (input) => backend.assets.add(input),

    // Checked again here, not only in the editor: a renderer is never trusted with what it opens.
    'shell.openExternal': async ({ url }) => {
      if (!isAllowedLink(url)) throw new AppError('link-refused', 'only https and mailto links are opened')
      await host.openExternal(url.trim())
    },
  }
}
