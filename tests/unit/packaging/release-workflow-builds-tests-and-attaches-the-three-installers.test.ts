import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { z } from 'zod'

/** The part of GitHub's workflow schema that release.yml uses; strict, so a misspelt key fails. */
const Step = z
  .object({
    name: z.string().optional(),
    uses: z
      .string()
      .regex(/^[\w-]+\/[\w-]+@v\d+$/)
      .optional(),
    run: z.string().optional(),
    if: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    env: z.record(z.string(), z.string()).optional(),
  })
  .strict()
  .refine((s) => (s.uses === undefined) !== (s.run === undefined), 'a step has either uses or run')
const Job = z
  .object({
    name: z.string().optional(),
    'runs-on': z.string(),
    needs: z.union([z.string(), z.array(z.string())]).optional(),
    if: z.string().optional(),
    permissions: z.record(z.string(), z.enum(['read', 'write', 'none'])).optional(),
    strategy: z
      .object({
        'fail-fast': z.boolean().optional(),
        matrix: z.object({ include: z.array(z.record(z.string(), z.string())) }).strict(),
      })
      .strict()
      .optional(),
    steps: z.array(Step).min(1),
  })
  .strict()
const Workflow = z
  .object({
    name: z.string(),
    on: z
      .object({ push: z.object({ tags: z.array(z.string()) }).strict(), workflow_dispatch: z.null() })
      .strict(),
    permissions: z.record(z.string(), z.enum(['read', 'write', 'none'])),
    jobs: z.record(z.string(), Job),
  })
  .strict()

const workflow = Workflow.parse(
  parse(readFileSync(join(process.cwd(), '.github/workflows/release.yml'), 'utf8')),
)
const build = workflow.jobs.build
const runs = build.steps.map((s) => s.run ?? '')

describe('the release workflow', () => {
  it('builds on Windows, macOS and Linux, one installer kind each', () => {
    const include = build.strategy?.matrix.include ?? []
    expect(include.map((m) => m.os).sort()).toEqual(['macos-latest', 'ubuntu-latest', 'windows-latest'])
    expect(include.map((m) => m.target)).toEqual(
      expect.arrayContaining(['--win nsis', '--mac dmg', '--linux AppImage deb']),
    )
  })

  it('runs the unit tests and the Electron journeys (Linux under xvfb-run) before packaging', () => {
    const at = (re: RegExp) => runs.findIndex((r) => re.test(r))
    expect(at(/^npm test$/)).toBeGreaterThanOrEqual(0)
    expect(at(/^xvfb-run .*playwright test -c tests\/electron$/)).toBeGreaterThan(at(/^npm test$/))
    expect(at(/electron-builder/)).toBeGreaterThan(at(/playwright test -c tests\/electron/))
  })

  it('takes Node from .nvmrc and attaches the installers to a release only for a version tag', () => {
    expect(
      build.steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version-file'],
    ).toBe('.nvmrc')
    const release = workflow.jobs.release
    expect(release.needs).toBe('build')
    expect(release.if).toContain('refs/tags/v')
    expect(release.permissions).toEqual({ contents: 'write' })
    expect(release.steps.some((s) => s.run?.startsWith('gh release create'))).toBe(true)
    expect(workflow.permissions).toEqual({ contents: 'read' })
  })
})
