import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { commandNames, type CommandName } from '../../../src/shared/api'
import { createHandlers, type Handlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { tempBackend, testHost } from '../backend/support/tempBackend'

const ID = 'abc-123'
const doc = { type: 'doc', content: [{ type: 'paragraph' }] }
const validCatalogue = { id: 'k', municipality: 'Billund', title: 'Politik', version: '1', focusAreas: [] }
const NOT_OBJECTS = [undefined, null, 'tekst', 42, [], true]
const VOID_BREAKERS = [{}, 'tekst', 0, null, [], { id: ID }]

/** Malformed inputs per command, beyond the generic ones. A `Record` over CommandName, so a new
 * command without cases here does not compile. */
const specific: Record<CommandName, unknown[]> = {
  'app.info': VOID_BREAKERS,
  'settings.get': VOID_BREAKERS,
  'settings.set': [
    { language: 'fr' },
    { language: 1 },
    null,
    { spellCheck: 'yes' },
    { spellLanguage: 'de' },
    { personalWords: 'ord' },
    { personalWords: ['to ord'] },
    { personalWords: [''] },
    { personalWords: ['x'.repeat(65)] },
    { personalWords: Array.from({ length: 5001 }, (_, i) => `ord${'a'.repeat(i % 50)}`) },
  ],
  'plans.list': VOID_BREAKERS,
  'plans.create': [
    {},
    { title: '' },
    { title: '   ' },
    { title: 'x'.repeat(201) },
    { title: 'A', templateId: '../x' },
    { title: 'A', kind: 'kommune' },
    { title: 'A', villages: [''] },
  ],
  'plans.get': [{}, { id: '' }, { id: '../library' }, { id: 'a/b' }, { id: 'x'.repeat(65) }, { id: 7 }],
  'plans.save': [
    { id: ID, doc },
    { id: ID, rev: -1, doc },
    { id: ID, rev: 1.5, doc },
    { id: ID, rev: 0, doc: { type: 'paragraph' } },
    { id: ID, rev: 0 },
    { id: '..', rev: 0, doc },
    { id: ID, rev: 0, doc, meta: { title: '' } },
  ],
  'plans.rename': [{ id: ID }, { id: ID, title: '' }, { id: ID, title: 'x'.repeat(201) }, { title: 'A' }],
  'plans.delete': [{}, { id: '../../etc' }, { id: '' }],
  'plans.dismissQuarantined': [{}, { id: '' }, { id: 'x'.repeat(201) }],
  'plans.exportDocx': [{}, { id: '..' }, { id: ID, options: { reviewCopy: 'ja' } }],
  'plans.exportPdf': [{}, { id: '..' }, { id: '' }, { id: 7 }],
  'templates.list': VOID_BREAKERS,
  'assets.add': [
    { planId: ID, fileName: 'a.png' },
    { planId: ID, fileName: 'a.png', data: 'ikke base64!' },
    { planId: '../x', fileName: 'a.png', data: 'AAAA' },
    { planId: ID, fileName: 'x'.repeat(261), data: 'AAAA' },
  ],
  'shell.openExternal': [{}, { url: '' }, { url: 5 }, { url: 'x'.repeat(4097) }],
  'shell.openExported': [{}, { path: '' }, { path: 5 }, { path: 'x'.repeat(4097) }],
  'shell.showExportedInFolder': [{}, { path: '' }, { path: 5 }, { path: 'x'.repeat(4097) }],
  'catalogues.list': VOID_BREAKERS,
  'catalogues.get': [{}, { id: '' }, { id: 'x'.repeat(65) }],
  'catalogues.save': [
    {},
    { catalogue: {} },
    { catalogue: { ...validCatalogue, focusAreas: [{ id: '', title: 'x' }] } },
    { catalogue: { ...validCatalogue, version: '' } },
  ],
  'catalogues.delete': [{}, { id: '' }],
  'catalogues.export': [{}, { id: 3 }],
  'catalogues.import': VOID_BREAKERS,
  'plans.setCatalogue': [{ id: ID }, { id: ID, catalogueId: '' }, { id: '..', catalogueId: null }],
  'backups.list': [{}, { id: '../x' }],
  'backups.get': [{ id: ID }, { id: ID, seq: 0 }, { id: ID, seq: '1' }],
  'backups.restore': [
    { id: ID, seq: 1 },
    { id: ID, seq: 1, rev: -1 },
  ],
  'versions.create': [{ id: ID }, { id: ID, name: '  ' }, { id: ID, name: 'x'.repeat(121) }],
  'versions.list': [{}, { id: 'a/b' }],
  'versions.get': [{ id: ID }, { id: ID, versionId: '../v-000001' }],
  'versions.restore': [
    { id: ID, versionId: 'v-000001', rev: 0 },
    { id: ID, versionId: 'v-000001', mode: 'x', rev: 0 },
  ],
  'versions.compare': [{ id: ID }, { id: ID, from: 'now', to: 'current' }],
  'plans.restoreFromBackup': [{}, { id: '..' }],
  'plans.exportPackage': [{}, { id: ID, includeVersions: 'ja' }],
  'plans.importPackage': [null, { mode: 'merge' }, { token: '../x' }],
  'trash.list': VOID_BREAKERS,
  'trash.restore': [
    {},
    { trashId: '' },
    { trashId: '../plans/x' },
    { trashId: '..' },
    { trashId: '.hidden' },
    { trashId: 'a..b' },
    { trashId: 'a/b' },
    { trashId: 'a\\b' },
    { trashId: 'C:x' },
    { trashId: 'x\u0000' },
    { trashId: 'x'.repeat(201) },
    { id: ID },
  ],
  'trash.empty': VOID_BREAKERS,
  'plans.importDocx': VOID_BREAKERS,
  'reviews.import': [{}, { planId: '../x' }, { planId: '' }],
  'reviews.list': [{}, { planId: '..' }],
  'reviews.setHandled': [
    { planId: ID },
    { planId: ID, commentId: '', handled: true },
    { planId: ID, commentId: 'a', handled: 'ja' },
  ],
  'log.rendererError': [
    { where: 'editor', ref: 'K7QM2X' },
    { where: 'Editor Panel', ref: 'K7QM2X', message: 'x' },
    { where: 'editor', ref: 'k7qm2x', message: 'x' },
    { where: 'editor', ref: 'K7QM2X', message: 'x'.repeat(4001) },
  ],
  'logs.openFolder': VOID_BREAKERS,
  'logs.saveReport': [{ includePlans: 'ja' }, { includePlans: 1 }],
  'meeting.interfaces': VOID_BREAKERS,
  'meeting.start': [
    { planId: ID },
    { planId: ID, address: '0.0.0.0:80' },
    { planId: ID, address: 'localhost' },
    { planId: ID, address: '127.0.0.1', sections: ['x'.repeat(201)] },
  ],
  'meeting.stop': [{}, { planId: '../x' }],
  'meeting.get': [{}, { planId: 'A/B' }],
  'meeting.addIdea': [
    { planId: ID, text: '' },
    { planId: ID, text: '   ' },
    { planId: ID, text: 'x'.repeat(501) },
    { planId: ID, text: 'ok', section: 7 },
  ],
  'meeting.editIdea': [
    { planId: ID, ideaId: '../a', text: 'x' },
    { planId: ID, ideaId: 'a', text: 'x'.repeat(501) },
  ],
  'meeting.hideIdea': [{ planId: ID, ideaId: 'a', hidden: 'ja' }],
  'meeting.mergeIdea': [
    { planId: ID, ideaId: 'a' },
    { planId: ID, ideaId: 'a', intoId: '..' },
  ],
  'meeting.setVoting': [
    { planId: ID, voting: { dots: 0, maxPerIdea: 1, open: true } },
    { planId: ID, voting: { dots: 3, maxPerIdea: 1.5, open: true } },
    { planId: ID, voting: { dots: 99, maxPerIdea: 1, open: true } },
  ],
  'meeting.markInPlan': [
    { planId: ID, ideaIds: [] },
    { planId: ID, ideaIds: ['../a'] },
  ],
  'meeting.waitForChange': [{ planId: ID }, { planId: ID, sinceRev: -1 }, { planId: ID, sinceRev: 1.5 }],
  'meeting.present': [
    { planId: ID, section: -1 },
    { planId: ID, section: 'næste' },
  ],
  'meeting.openProjector': [{ planId: ID }, { planId: '../x', sameScreen: true }],
  'meeting.closeProjector': [{}, { planId: 'A/B' }],
  'yearWheels.list': VOID_BREAKERS,
  'yearWheels.all': VOID_BREAKERS,
  'yearWheels.get': [{}, { id: '' }, { id: '../x' }],
  'yearWheels.save': [
    {},
    { wheel: {} },
    {
      wheel: {
        id: 'w',
        municipality: 'Billund',
        title: 'Årshjul',
        version: '1',
        events: [{ id: 'e', name: '', months: [1] }],
      },
    },
    {
      wheel: {
        id: 'w',
        municipality: 'Billund',
        title: 'Årshjul',
        version: '1',
        events: [{ id: 'e', name: 'x', months: [13] }],
      },
    },
  ],
  'yearWheels.delete': [{}, { id: '' }],
  'yearWheels.export': [{}, { id: 3 }],
  'yearWheels.import': VOID_BREAKERS,
  'yearWheels.exportIcs': [{}, { id: 'w' }, { id: 'w', year: 2027.5 }, { id: 'w', year: '2027' }],
  'overview.list': VOID_BREAKERS,
  'overview.add': VOID_BREAKERS,
  'overview.remove': [
    {},
    { entryId: '' },
    { entryId: '../collection' },
    { entryId: 'A-B' },
    { entryId: 'x'.repeat(65) },
    { entryId: 7 },
  ],
  'overview.exportDocx': [{}, { catalogueId: '' }, { catalogueId: '../x' }, { catalogueId: 7 }],
  'overview.exportXlsx': [{}, { catalogueId: '' }, { catalogueId: 'a/b' }, { catalogueId: null }],
  'datapakke.open': [
    null,
    'x',
    { encoding: 'ebcdic' },
    { encoding: 'latin1' },
    { token: '../../etc/passwd' },
    { token: 'A'.repeat(65) },
  ],
  'datapakke.openFolder': VOID_BREAKERS,
  'datapakke.read': [
    {},
    { fileName: 'a.csv' },
    { fileName: '', data: '' },
    { fileName: 'a.csv', data: 'not base64!' },
    { fileName: 'a.csv', data: 'QQ==', encoding: 'cp850' },
    { fileName: 'x'.repeat(261), data: 'QQ==' },
  ],
  'yearlyStatus.get': [{}, { id: 3 }],
  'yearlyStatus.save': [
    { id: 'p' },
    { id: 'p', notes: { comments: { 'a b': 'x' } } },
    { id: 'p', notes: { comments: { a: 'x'.repeat(2001) } } },
  ],
  'yearlyStatus.exportDocx': [{ id: 'p' }, { id: 'p', versionId: 'x' }],
  'fundProfiles.list': VOID_BREAKERS,
  'fundProfiles.get': [{}, { id: '' }, { id: '../x' }],
  'fundProfiles.export': [{}, { id: 3 }],
  'fundProfiles.import': VOID_BREAKERS,
  'funding.exportDocx': [
    {},
    { planId: 'p', initiativeId: 'i', application: {} },
    { planId: 'p', initiativeId: '../i', application: {}, today: '2027-01-01' },
    { planId: 'p', initiativeId: 'i', application: {}, today: '1. januar' },
  ],
  'funding.deadlines': [{}, { today: 20270101 }, { today: 'i dag' }],
}

let env: Awaited<ReturnType<typeof tempBackend>>
let handlers: Handlers
const called: string[] = []

beforeAll(async () => {
  env = await tempBackend()
  const real = createHandlers(env.backend, testHost())
  // The real handlers, wrapped only to see whether any of them was reached.
  handlers = Object.fromEntries(
    Object.entries(real).map(([name, fn]) => [
      name,
      (input: never) => (called.push(name), (fn as (i: never) => unknown)(input)),
    ]),
  ) as unknown as Handlers
})
afterAll(() => env.cleanup())

describe('dispatch parses every input with the contract before any handler runs', () => {
  for (const name of commandNames) {
    it(`refuses malformed input for ${name}`, async () => {
      const isVoid = specific[name] === VOID_BREAKERS
      const inputs = isVoid ? VOID_BREAKERS : [...NOT_OBJECTS, ...specific[name]]
      for (const input of inputs) {
        const result = await dispatch(handlers, name, input)
        expect(result, `${name} ${JSON.stringify(input)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid-input' },
        })
        if (!result.ok) expect(Array.isArray(result.error.details)).toBe(true)
      }
      expect(called).toEqual([])
    })
  }

  it('refuses names that are not commands, including inherited object keys', async () => {
    for (const name of [
      'plans.drop',
      '',
      'toString',
      '__proto__',
      'constructor',
      42,
      null,
      undefined,
      { name: 'plans.list' },
    ]) {
      expect(await dispatch(handlers, name, undefined)).toMatchObject({
        ok: false,
        error: { code: 'unknown-command' },
      })
    }
    expect(called).toEqual([])
  })

  it('passes well-formed input through and wraps the result', async () => {
    expect(await dispatch(handlers, 'plans.list', undefined)).toEqual({
      ok: true,
      value: { plans: [], quarantined: [] },
    })
    expect(called).toEqual(['plans.list'])
  })
})
