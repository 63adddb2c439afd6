import { dirname } from 'node:path'
import { fileURLToPath } from 'node:url'
import { createBackend } from './backend'
import { dispatch } from './backend/dispatch'
import { createHandlers } from './handlers'
import { startApp } from './lifecycle'

// Electron lifecycle only; every piece lives in its own file and is wired in lifecycle.ts.
startApp({ createBackend, createHandlers, dispatch, mainDir: dirname(fileURLToPath(import.meta.url)) })
