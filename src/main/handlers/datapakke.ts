import { randomUUID } from 'node:crypto'
import { basename } from 'node:path'
import type { Services } from '../backend'
import type { Host } from '../hostApi'
import type { HandlersFor } from './types'
import { AppError } from '../../shared/model/errors'
import { readDataFile, readDatapakkeFolder, DATA_EXTENSIONS } from '../backend/datapakke/readDataFile'
import { readUserFile } from '../backend/import/importPlan'
import { t } from '../../shared/i18n/translate'
import { uiLanguage } from './uiLanguage'

/** How many chosen files are remembered for a second read (the encoding answer); the oldest go first. */
const REMEMBERED = 5

/**
 * datapakke.open / datapakke.read: a data file (CSV, .xlsx, .px, a datapakke .zip) read whole into
 * key-figure tables and survey questions for the "Hent nøgletal" dialog; nothing is written
 * anywhere, the dialog inserts what the user chooses into the document. The path the user chose
 * stays here, under a token, so the renderer never names a path of its own.
 */
export function datapakkeHandlers(
  backend: Pick<Services, 'settings'>,
  host: Host,
): HandlersFor<'datapakke.open' | 'datapakke.openFolder' | 'datapakke.read'> {
  const chosen = new Map<string, string>()
  return {
    async 'datapakke.open'({ encoding, token }) {
      let path = token ? chosen.get(token) : undefined
      if (token && !path)
        throw new AppError('not-found', 'no file under that token', { reason: 'datapakke-file-gone' })
      if (!path) {
        const lang = await uiLanguage(backend.settings)
        const picked = await host.showOpenDialog({
          title: t(lang, 'datapakke:title'),
          filters: [{ name: t(lang, 'datapakke:title'), extensions: [...DATA_EXTENSIONS] }],
        })
        if (!picked) return { status: 'cancelled' }
        path = picked
      }
      const key = token ?? randomUUID()
      chosen.set(key, path)
      while (chosen.size > REMEMBERED) chosen.delete(chosen.keys().next().value as string)
      const bytes = await readUserFile(path)
      return { ...(await readDataFile(basename(path), bytes, encoding)), token: key }
    },
    async 'datapakke.openFolder'() {
      const lang = await uiLanguage(backend.settings)
      const folder = await host.showOpenDialog({
        title: t(lang, 'datapakke:chooseFolder'),
        filters: [],
        folder: true,
      })
      if (!folder) return { status: 'cancelled' }
      return readDatapakkeFolder(folder)
    },
    async 'datapakke.read'({ fileName, data, encoding }) {
      return readDataFile(basename(fileName), new Uint8Array(Buffer.from(data, 'base64')), encoding)
    },
  }
}
