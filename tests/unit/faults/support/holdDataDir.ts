/**
 * A second app instance in its own process: opens a backend on the data folder and holds it until
 * killed. Prints "ready" once it holds the folder, or "refused <code>" when it could not.
 * argv: dataDir resourcesDir
 */
import { createBackend } from '../../../../src/main/backend'

const [dataDir, resourcesDir] = process.argv.slice(2)
createBackend({ dataDir, resourcesDir }).then(
  () => {
    process.stdout.write('ready\n')
    setInterval(() => undefined, 60_000)
  },
  (err: { code?: string }) => {
    process.stdout.write(`refused ${err.code ?? 'unknown'}\n`)
    process.exit(3)
  },
)
