import { AppError } from '../../shared/model/errors'
import type { Host } from '../hostApi'
import type { ExportedFiles } from './exportedFiles'
import type { HandlersFor } from './types'

/** "Åbn i Word" and "Vis i mappen" after Gem som Word: only for a file this session exported. */
export function shellHandlers(
  host: Host,
  exported: ExportedFiles,
): HandlersFor<'shell.openExported' | 'shell.showExportedInFolder'> {
  const checked = (path: string) => {
    if (!exported.has(path)) {
      throw new AppError('invalid-input', 'only a file this app exported can be opened', {
        reason: 'not-exported',
      })
    }
    return path
  }
  return {
    'shell.openExported': async ({ path }) => host.openPath(checked(path)),
    'shell.showExportedInFolder': async ({ path }) => host.showItemInFolder(checked(path)),
  }
}
