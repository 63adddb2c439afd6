// Runs every check and test runner, each with its JSON reporter, and prints one summary line.
// Every step runs even when an earlier one failed, so one run shows everything that is wrong.
import { spawnSync } from 'node:child_process'
import { mkdirSync, existsSync, readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'

// Not test-results/: Playwright empties that folder at the start of every run. Absolute, because
// Playwright resolves a relative report path against each config's own folder.
const results = resolve('test-reports')
mkdirSync(results, { recursive: true })
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

function run(label, args, env = {}) {
  console.log(`\n=== ${label}: npx ${args.join(' ')}`)
  const r = spawnSync(npx, args, { stdio: 'inherit', env: { ...process.env, ...env } })
  return r.status === 0
}

const tally = { passed: 0, failed: 0, skipped: 0 }
const checks = []
function check(label, args) {
  const ok = run(label, args)
  checks.push({ label, ok })
  tally[ok ? 'passed' : 'failed']++
  return ok
}

check('prettier', ['prettier', '--check', '.'])
check('eslint', ['eslint', '.'])
check('typecheck (node)', ['tsc', '-p', 'tsconfig.node.json'])
check('typecheck (web)', ['tsc', '-p', 'tsconfig.web.json'])
check('typecheck (tests)', ['tsc', '-p', 'tsconfig.e2e.json'])

function vitest() {
  const file = `${results}/vitest.json`
  run('unit tests', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${file}`])
  if (!existsSync(file)) return void tally.failed++
  const j = JSON.parse(readFileSync(file, 'utf8'))
  tally.passed += j.numPassedTests ?? 0
  tally.failed +=
    (j.numFailedTests ?? 0) + (j.numFailedTestSuites && !j.numFailedTests ? j.numFailedTestSuites : 0)
  tally.skipped += (j.numPendingTests ?? 0) + (j.numTodoTests ?? 0)
}

function playwright(label, config, file) {
  run(label, ['playwright', 'test', ...(config ? ['-c', config] : []), '--reporter=list,json'], {
    PLAYWRIGHT_JSON_OUTPUT_NAME: file,
  })
  if (!existsSync(file)) return void tally.failed++
  const s = JSON.parse(readFileSync(file, 'utf8')).stats ?? {}
  tally.passed += (s.expected ?? 0) + (s.flaky ?? 0)
  if (s.flaky)
    console.log(`\n${label}: ${s.flaky} test(s) passed only on their retry (flaky): see the list above`)
  tally.failed += s.unexpected ?? 0
  tally.skipped += s.skipped ?? 0
  if ((s.expected ?? 0) + (s.unexpected ?? 0) + (s.skipped ?? 0) + (s.flaky ?? 0) === 0 && label === 'e2e')
    tally.failed++
}

vitest()
if (check('build', ['electron-vite', 'build'])) {
  playwright('e2e', null, `${results}/e2e.json`)
  playwright('electron e2e', 'tests/electron/playwright.config.ts', `${results}/electron.json`)
  if (existsSync('scripts/electronegativity.mjs')) {
    const ok =
      spawnSync(process.execPath, ['scripts/electronegativity.mjs'], { stdio: 'inherit' }).status === 0
    checks.push({ label: 'electronegativity', ok })
    tally[ok ? 'passed' : 'failed']++
  }
}

const failedChecks = checks.filter((c) => !c.ok).map((c) => c.label)
if (failedChecks.length) console.log(`\nFailed checks: ${failedChecks.join(', ')}`)
const line = `${tally.passed} passed, ${tally.failed} failed, ${tally.skipped} skipped`
writeFileSync(`${results}/summary.txt`, line + '\n')
console.log(`\n${line}`)
process.exit(tally.failed ? 1 : 0)
