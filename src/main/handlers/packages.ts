import { randomBytes } from 'node:crypto'
import { AppError } from '../../shared/model/errors'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { toIoError } from '../backend/store/ioError'
import { errnoCode } from '../backend/store/fsFacade'
import { cleanFileName } from '../../shared/format/cleanFileName'
import { PACKAGE_EXTENSION } from '../backend/packages/packageFormat'
import { PACKAGE_LIMITS } from '../backend/packages/packageLimits'
import {
  applyPackage,
  inspectPackage,
  packPlan,
  type CheckedPackage,
} from '../backend/packages/packageService'
import type { Language } from '../../shared/model/settings'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'

const filters = (lang: Language) => [
  { name: t(lang, 'dialogs:filters.package'), extensions: [PACKAGE_EXTENSION] },
]

/**
 * 'plans.exportPackage' / 'plans.importPackage': one plan as one file. An import whose plan is
 * already here is held under a token until the renderer has asked the user "copy or replace?".
 */
export function packageHandlers(
  backend: Pick<Services, 'plans' | 'assets' | 'versions' | 'backups' | 'settings' | 'fs' | 'dataFolder'>,
  host: Host,
): HandlersFor<'plans.exportPackage' | 'plans.importPackage'> {
  let waiting: { token: string; pkg: CheckedPackage } | null = null

  async function choosePackage(): Promise<CheckedPackage | null> {
    const lang = await uiLanguage(backend.settings)
    const path = await host.showOpenDialog({
      title: t(lang, 'packages:import.button'),
      filters: filters(lang),
    })
    if (path === null) return null
    let bytes: Uint8Array
    try {
      const size = (await backend.fs.stat(path)).size
      if (size > PACKAGE_LIMITS.maxFileBytes)
        throw new AppError('too-large', `${path} is ${size} bytes`, { reason: 'size' })
      bytes = new Uint8Array(await backend.fs.readFile(path))
    } catch (err) {
      // Only a file that is not there is "missing"; any other failure to read it says what it was.
      if (errnoCode(err) === 'ENOENT')
        throw new AppError('not-found', `no file ${path}`, { reason: 'file-missing' })
      throw toIoError(err, `reading ${path}`)
    }
    return inspectPackage(backend, bytes)
  }

  return {
    'plans.exportPackage': async ({ id, includeVersions }) => {
      const plan = await backend.plans.get(id)
      const bytes = await packPlan(backend, id, includeVersions, host.appVersion())
      const lang = await uiLanguage(backend.settings)
      const chosen = await host.showSaveDialog({
        title: t(lang, 'packages:export.button'),
        defaultName: `${cleanFileName(plan.meta.title, t(lang, 'dialogs:fileNames.package'))}.${PACKAGE_EXTENSION}`,
        filters: filters(lang),
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = chosen.toLowerCase().endsWith(`.${PACKAGE_EXTENSION}`)
        ? chosen
        : `${chosen}.${PACKAGE_EXTENSION}`
      await writeFileAtomic(backend.fs, target, bytes)
      return { status: 'saved', path: target }
    },

    'plans.importPackage': async ({ mode, token }) => {
      let pkg: CheckedPackage | null
      if (token !== undefined) {
        if (!waiting || waiting.token !== token)
          throw new AppError('not-found', 'that import is no longer waiting')
        pkg = waiting.pkg
        waiting = null
      } else {
        pkg = await choosePackage()
        if (!pkg) return { status: 'cancelled' }
      }
      if (pkg.existingTitle !== null && mode === undefined) {
        waiting = { token: randomBytes(16).toString('hex'), pkg }
        return {
          status: 'exists',
          token: waiting.token,
          title: pkg.plan.meta.title,
          existingTitle: pkg.existingTitle,
        }
      }
      const imported = await applyPackage(backend, pkg, mode ?? 'copy')
      return { status: 'imported', ...imported }
    },
  }
}
