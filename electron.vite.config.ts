import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Word files are read in a worker thread (backend/import/worker/runDocxTask.ts looks for
          // docxWorker.js beside index.js), so a huge or hostile file never stalls the main process.
          docxWorker: resolve(__dirname, 'src/main/backend/import/worker/docxWorker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot be an ES module: bundle it as CommonJS with everything inlined.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    resolve: {
      // The dictionary packages export only their Node loader; the spelling worker takes their
      // .aff/.dic files themselves, as assets of the app (features/spelling/spellWorker.ts).
      alias: [
        {
          find: /^dictionary-(da|en)\/(index\.(?:aff|dic))(?=\?|$)/,
          replacement: resolve(__dirname, 'node_modules/dictionary-$1/$2'),
        },
      ],
    },
    // The spelling worker is an ES module worker (new Worker(..., { type: 'module' })).
    worker: { format: 'es' },
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
})
