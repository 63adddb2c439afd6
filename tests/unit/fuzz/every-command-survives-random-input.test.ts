import { readdir, readFile, stat } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { commandNames } from '../../../src/shared/api'
import { createHandlers, type Handlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { tempBackend, testHost } from '../backend/support/tempBackend'

const SEED = 0x5eed
const PER_COMMAND = 60

/** mulberry32: small, seeded, reproducible. */
function rng(seed: number) {
  return () => {
    seed |= 0
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const ODD_STRINGS = [
  '',
  ' ',
  '../../etc/passwd',
  '..\\..\\windows',
  'C:\\Windows',
  '/abs',
  'a/b',
  '\u0000',
  '\u202e\u200bæøå',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 🎉',
  '\ud800',
  'con',
  '__proto__',
  'constructor',
  'x'.repeat(5000),
  'current',
  'v-000001',
  'javascript:alert(1)',
  'https://example.org',
]
const KEYS = [
  'id',
  'rev',
  'doc',
  'meta',
  'title',
  'name',
  'seq',
  'mode',
  'token',
  'versionId',
  'from',
  'to',
  'url',
  '__proto__',
  'constructor',
  'prototype',
  'planId',
  'data',
  'fileName',
  'catalogue',
  'options',
  'includeVersions',
  'language',
  'trashId',
]

function gen(r: () => number, depth = 0): unknown {
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)]
  switch (Math.floor(r() * (depth > 6 ? 6 : 10))) {
    case 0:
      return pick([null, undefined, true, false])
    case 1:
      return pick([0, -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, -0, 1e308])
    case 2:
      return pick(ODD_STRINGS)
    case 3:
      return 'y'.repeat(Math.floor(r() * 3) * 100_000)
    case 4:
      return Math.floor(r() * 5)
    case 5:
      return pick(['doc', 'paragraph', 'copy', 'replace', 'newPlan', 'da', 'en'])
    case 6:
    case 7: {
      const o: Record<string, unknown> = {}
      const n = Math.floor(r() * 5)
      for (let i = 0; i < n; i++)
        Object.defineProperty(o, pick(KEYS), {
          value: gen(r, depth + 1),
          enumerable: true,
          configurable: true,
          writable: true,
        })
      return o
    }
    case 8:
      return Array.from({ length: Math.floor(r() * 4) }, () => gen(r, depth + 1))
    default: {
      // Deep nesting: a document-ish tower.
      let node: unknown = { type: 'text', text: 'bund' }
      for (let i = 0; i < 200 + Math.floor(r() * 2000); i++)
        node = { type: pick(['doc', 'paragraph', 'bulletList']), content: [node] }
      return node
    }
  }
}

async function snapshot(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>()
  async function walk(d: string) {
    for (const name of await readdir(d)) {
      const p = join(d, name)
      if ((await stat(p)).isDirectory()) await walk(p)
      else out.set(relative(dir, p), await readFile(p, 'utf8'))
    }
  }
  await walk(dir)
  return out
}

let env: Awaited<ReturnType<typeof tempBackend>>
let handlers: Handlers
let planId: string
beforeAll(async () => {
  env = await tempBackend()
  handlers = createHandlers(env.backend, testHost())
  const made = await dispatch(handlers, 'plans.create', { title: 'Fuzz' })
  if (!made.ok) throw new Error('setup')
  planId = (made.value as { id: string }).id
})
afterAll(() => env.cleanup())

it(`every contract command answers ${PER_COMMAND} seeded random inputs with an envelope, never a throw, and writes nothing when it refuses`, async () => {
  const r = rng(SEED)
  const problems: string[] = []
  const outcomes = new Map<string, number>()
  for (const name of commandNames) {
    for (let i = 0; i < PER_COMMAND; i++) {
      let input = gen(r)
      // Half the time aim at a real plan, so the fuzz gets past the id check into the handler.
      if (r() < 0.5 && input && typeof input === 'object' && !Array.isArray(input))
        input = { ...input, id: planId, planId }
      // The plan index is written behind the commands that change a plan: let the last one land,
      // or its temp file is seen (or vanishes) in the middle of a snapshot.
      await env.backend.plans.flush()
      const before = await snapshot(env.dataDir)
      let res
      try {
        res = await dispatch(handlers, name, input)
      } catch (err) {
        problems.push(`${name} #${i} threw ${String(err)}`)
        continue
      }
      const outcome = res?.ok ? 'ok' : (res?.error?.code ?? '?')
      outcomes.set(outcome, (outcomes.get(outcome) ?? 0) + 1)
      if (typeof res?.ok !== 'boolean') problems.push(`${name} #${i}: not an envelope`)
      else if (!res.ok) {
        if (res.error.code === 'internal')
          problems.push(`${name} #${i}: internal ${res.error.message.slice(0, 120)}`)
        await env.backend.plans.flush()
        const after = await snapshot(env.dataDir)
        const changed = [...after.keys()].filter(
          (k) => after.get(k) !== before.get(k) && !k.startsWith('.lock'),
        )
        if (changed.length || after.size !== before.size)
          problems.push(`${name} #${i}: refused (${res.error.code}) but wrote ${changed.join(', ')}`)
      }
    }
  }
  expect(problems).toEqual([])
  // The fuzz is only worth something if some inputs got past the contract into the handlers.
  const reachedHandlers = [...outcomes]
    .filter(([code]) => code !== 'invalid-input')
    .reduce((n, [, c]) => n + c, 0)
  console.info('[fuzz] outcomes', Object.fromEntries(outcomes))
  expect(reachedHandlers).toBeGreaterThan(50)
  // And the app still works afterwards.
  const listed = await dispatch(handlers, 'plans.list', undefined)
  expect(listed.ok).toBe(true)
}, 60_000)
