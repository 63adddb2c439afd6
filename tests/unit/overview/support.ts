import { writeFile, mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PLAN_SCHEMA_VERSION, type DocJSON, type Plan, type PlanMeta } from '../../../src/shared/model/plan'
import type { Catalogue } from '../../../src/shared/model/catalogue'
import { writePackage } from '../../../src/main/backend/packages/writePackage'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { tempBackend, testHost } from '../backend/support/tempBackend'
import type { CommandName, Input, Output } from '../../../src/shared/api'

export const CATALOGUE: Catalogue = {
  id: 'lag-vejen',
  municipality: 'Vejen Kommune',
  title: 'LAG Vejen',
  adopted: '2023',
  version: '2',
  goal: '',
  source: '',
  focusAreas: [
    { id: 'bosaetning', title: 'Bosætning', description: '', colour: '#5b7c99' },
    { id: 'erhverv', title: 'Erhverv', description: '', colour: '#5b7c99' },
    { id: 'natur', title: 'Natur', description: '', colour: '#5b7c99' },
  ],
}

export type InitiativeSpec = {
  id: string
  title: string
  budget?: number | null
  own?: number | null
  focusAreas?: string[]
  status?: string
  start?: string
  end?: string
  funding?: string[]
}

export function initiative(s: InitiativeSpec) {
  return {
    type: 'initiative',
    attrs: {
      id: s.id,
      title: s.title,
      status: s.status ?? 'planned',
      lead: '',
      group: '',
      start: s.start ?? '2027-03',
      end: s.end ?? '2027-12',
      budget: s.budget ?? null,
      ownFundingKr: s.own ?? null,
      volunteerHours: null,
      fundingSources: s.funding ?? [],
      focusAreas: s.focusAreas ?? [],
    },
    content: [{ type: 'paragraph', content: [{ type: 'text', text: `Om ${s.title}.` }] }],
  }
}

export function planWith(
  id: string,
  meta: Partial<PlanMeta>,
  initiatives: InitiativeSpec[],
  catalogue: Catalogue | null = CATALOGUE,
): Plan {
  const doc: DocJSON = {
    type: 'doc',
    content: [
      { type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Initiativer' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Tekst der ikke kommer med i overblikket.' }] },
      ...initiatives.map(initiative),
    ],
  }
  return {
    schemaVersion: PLAN_SCHEMA_VERSION,
    id,
    rev: 1,
    meta: {
      title: 'Udviklingsplan',
      council: 'Lokalråd',
      kind: 'council',
      villages: [],
      municipality: 'Vejen Kommune',
      templateId: 'blank',
      versionLabel: '',
      catalogue,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      ...meta,
    },
    doc,
  }
}

/** A real backend with handlers whose multi-file dialog answers with the files the test writes. */
export async function overviewRig() {
  const env = await tempBackend()
  const files = await mkdtemp(join(tmpdir(), 'pv-overview-files-'))
  let chosen: string[] = []
  const saved: string[] = []
  const host = {
    ...testHost(),
    showOpenFilesDialog: async () => chosen,
    showSaveDialog: async (o: { defaultName: string }) => {
      const p = join(files, o.defaultName)
      saved.push(p)
      return p
    },
  }
  const handlers = createHandlers(env.backend, host)
  const call = async <K extends CommandName>(name: K, input?: Input<K>): Promise<Output<K>> => {
    const r = await dispatch(handlers, name, input)
    if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.error)}`)
    return r.value as Output<K>
  }
  return {
    env,
    call,
    saved,
    /** Writes the files and lets the next "Tilføj planer" choose them. */
    async choose(list: { name: string; bytes: Uint8Array | string }[]) {
      chosen = []
      for (const f of list) {
        const p = join(files, f.name)
        await writeFile(p, f.bytes)
        chosen.push(p)
      }
    },
  }
}

export const packageOf = (plan: Plan) => writePackage({ plan, assets: new Map(), versions: [] }, '0.0.0-test')
