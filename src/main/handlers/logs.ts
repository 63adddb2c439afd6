import { mkdir, readFile, readdir } from 'node:fs/promises'
import { arch, release, type } from 'node:os'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { buildErrorReport, reportSettings } from '../backend/log/errorReport'
import { writeFileAtomic } from '../backend/store/atomicWrite'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'

const pad = (n: number) => String(n).padStart(2, '0')

/** The plans' files as they are on disk (a plan whose file cannot be read is left out, not fatal). */
async function planFiles(
  backend: Pick<Services, 'plans' | 'dataFolder'>,
): Promise<{ id: string; json: string }[]> {
  await backend.plans.flush()
  const dir = backend.dataFolder.paths.plansDir
  const names = (await readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'))
  const out: { id: string; json: string }[] = []
  for (const name of names.sort()) {
    const json = await readFile(`${dir}/${name}`, 'utf8').catch(() => null)
    if (json !== null) out.push({ id: name.slice(0, -'.json'.length), json })
  }
  return out
}

/** The log's commands: renderer errors into the log, the folder opened, the error report saved. */
export function logHandlers(
  backend: Pick<Services, 'log' | 'settings' | 'plans' | 'dataFolder' | 'fs'>,
  host: Host,
): HandlersFor<'log.rendererError' | 'logs.openFolder' | 'logs.saveReport'> {
  return {
    'log.rendererError': async ({ where, ref, message, stack }) => {
      backend.log.error(`renderer:${where}`, `[ref ${ref}] ${message}${stack ? ` | ${stack}` : ''}`)
    },
    'logs.openFolder': async () => {
      await mkdir(backend.log.dir, { recursive: true })
      await host.openPath(backend.log.dir)
    },
    'logs.saveReport': async ({ includePlans }) => {
      const lang = await uiLanguage(backend.settings)
      const now = new Date()
      const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
      const chosen = await host.showSaveDialog({
        title: t(lang, 'settings:logs.saveReport'),
        defaultName: `${t(lang, 'dialogs:fileNames.errorReport', { day })}.zip`,
        filters: [{ name: t(lang, 'dialogs:filters.zip'), extensions: ['zip'] }],
      })
      if (chosen === null) return { status: 'cancelled' }
      const target = /\.zip$/i.test(chosen) ? chosen : `${chosen}.zip`
      backend.log.info('main', `error report saved${includePlans ? ' with the plans' : ''}`)
      const bytes = await buildErrorReport({
        logDir: backend.log.dir,
        logFileNames: backend.log.fileNames,
        app: {
          version: host.appVersion(),
          os: `${type()} ${release()} ${arch()}`,
          electron: process.versions.electron ?? 'none',
          chrome: process.versions.chrome ?? 'none',
          node: process.versions.node,
        },
        settings: reportSettings(await backend.settings.get()),
        plans: includePlans ? await planFiles(backend) : undefined,
        createdAt: now,
      })
      await writeFileAtomic(backend.fs, target, bytes)
      return { status: 'saved', path: target }
    },
  }
}
