import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { Worker } from 'node:worker_threads'
import { runInBackground } from '../../../../shared/async/runInBackground'

/** Past this a file is refused rather than taking the app's memory (300 MB unpacked is the limit). */
const WORKER_HEAP_MB = 2048

/**
 * Starts a Word-reading worker and waits until its entry has loaded (it says `{ ready: true }`);
 * a worker that fails before that (its entry missing from a package) rejects here, so the caller
 * can tell "no worker" from "this file failed". From the sources (tests, the e2e harness) the entry
 * is the .ts file beside this one, run through tsx; in the built app electron-vite emits it as
 * out/main/docxWorker.js beside index.js (electron.vite.config.ts lists it).
 */
export function startDocxWorker(): Promise<Worker> {
  let worker: Worker
  try {
    worker = new Worker(...entry())
  } catch (err) {
    return Promise.reject(err)
  }
  return new Promise((resolve, reject) => {
    const fail = (err: unknown) => {
      worker.off('message', onReady)
      runInBackground(worker.terminate(), (e) => console.warn('[import] stopping the Word worker failed:', e))
      reject(err)
    }
    const onReady = (msg: { ready?: boolean }) => {
      if (!msg.ready) return
      worker.off('message', onReady)
      worker.off('error', fail)
      resolve(worker)
    }
    worker.on('message', onReady)
    worker.once('error', fail)
  })
}

function entry(): ConstructorParameters<typeof Worker> {
  const options = { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } }
  if (!import.meta.url.endsWith('.ts')) {
    // Beside index.js, or one up should the bundler have put this module in a chunks/ folder.
    const built = ['./docxWorker.js', '../docxWorker.js'].map((p) => new URL(p, import.meta.url))
    return [built.find((u) => existsSync(fileURLToPath(u))) ?? built[0], options]
  }
  // Node 20 gives workers no --import loaders: register tsx's hooks inside (its ES module API; the
  // CommonJS one resolves its own files wrongly from an eval worker), then load the entry.
  const api = createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs')
  const main = new URL('./docxWorker.ts', import.meta.url).href
  const boot = `import(${JSON.stringify(pathToFileURL(api).href)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(main)}) })`
  return [boot, { ...options, eval: true }]
}
