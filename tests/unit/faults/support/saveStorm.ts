/**
 * A writer that saves one plan as fast as it can, run as a child process so the test can SIGKILL
 * it mid-write. Before each save it appends the text it is about to save to the log (fsync'd), so
 * the test knows every state that may legitimately be on disk.
 * argv: dataDir resourcesDir planId logFile
 */
import { appendFileSync, closeSync, fsyncSync, openSync } from 'node:fs'
import { createBackend } from '../../../../src/main/backend'

const [dataDir, resourcesDir, planId, logFile] = process.argv.slice(2)
const log = openSync(logFile, 'a')
const note = (line: string) => {
  appendFileSync(log, `${line}\n`)
  fsyncSync(log)
}
const docSaying = (text: string) => ({
  type: 'doc' as const,
  content: [{ type: 'paragraph', content: [{ type: 'text', text }] }],
})

async function main() {
  // Interval 0: a backup generation on every save, so the kill can land inside those writes too.
  const backend = await createBackend({ dataDir, resourcesDir, backups: { intervalMs: 0 } })
  let { rev } = await backend.plans.get(planId)
  process.stdout.write('ready\n')
  for (let i = 0; ; i++) {
    const text = `tilstand ${process.pid}-${i} ${'æøå '.repeat(i % 50)}`.trim()
    note(text)
    rev = (await backend.plans.save({ id: planId, rev, doc: docSaying(text) })).rev
  }
}
main().catch((err) => {
  closeSync(log)
  console.error(err)
  process.exit(1)
})
