import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import { createHandlers } from '../../../src/main/handlers'
import { dispatch } from '../../../src/main/backend/dispatch'
import { PERSONAL_WORDS_MAX } from '../../../src/shared/model/settings'
import { tempBackend, testHost } from '../backend/support/tempBackend'

let env: Awaited<ReturnType<typeof tempBackend>>
afterEach(() => env.cleanup())

async function setup() {
  env = await tempBackend()
  const call = async (name: string, input?: unknown) => {
    const handlers = createHandlers(env.backend, testHost())
    return dispatch(handlers, name, input)
  }
  return call
}

it('stores each word once, composed and trimmed, with a plain apostrophe', async () => {
  const call = await setup()
  // "Bækkeå" with the å typed as a + combining ring, and the typographic apostrophe of "Lars’".
  const words = ['  Bækkea\u030a ', 'Bækkeå', 'Lars\u2019', 'landsbyklyngen']
  expect(await call('settings.set', { personalWords: words })).toMatchObject({
    ok: true,
    value: { personalWords: ['Bækkeå', "Lars'", 'landsbyklyngen'] },
  })
})

it('changing the language, the text size or spelling on/off keeps the words', async () => {
  const call = await setup()
  await call('settings.set', { personalWords: ['Østerbyhallen'] })
  await call('settings.set', { language: 'en' })
  await call('settings.set', { textSize: 125 })
  await call('settings.set', { spellCheck: false, spellLanguage: 'en' })
  expect(await call('settings.get')).toEqual({
    ok: true,
    value: {
      language: 'en',
      textSize: 125,
      spellCheck: false,
      spellLanguage: 'en',
      personalWords: ['Østerbyhallen'],
    },
  })
})

it('the words survive a restart', async () => {
  const call = await setup()
  await call('settings.set', { personalWords: ['Ålumhallen', 'ildsjælenes'] })
  await env.restart()
  expect(await call('settings.get')).toMatchObject({
    value: { personalWords: ['Ålumhallen', 'ildsjælenes'] },
  })
})

it("an older app's library.json opens with spelling on in Danish and keeps its settings", async () => {
  const call = await setup()
  await env.backend.close()
  const file = join(env.dataDir, 'library.json')
  await writeFile(file, JSON.stringify({ schemaVersion: 1, settings: { language: 'en', textSize: 150 } }))
  await env.restart()
  expect(await call('settings.get')).toEqual({
    ok: true,
    value: { language: 'en', textSize: 150, spellCheck: true, spellLanguage: 'da', personalWords: [] },
  })
})

it('a hand-edited word list loses only the entries that are not words, and the file is not set aside', async () => {
  const call = await setup()
  await env.backend.close()
  const file = join(env.dataDir, 'library.json')
  // Words are letters only: i written in the letters a-j ("ordba" is 10).
  const letters = (i: number) => [...String(i)].map((d) => String.fromCharCode(97 + Number(d))).join('')
  const tooMany = Array.from({ length: PERSONAL_WORDS_MAX + 20 }, (_, i) => `ord${letters(i)}`)
  const personalWords = ['Skovby', 7, 'to ord', 'x'.repeat(300), '', null, 'Skovby', ...tooMany]
  await writeFile(file, JSON.stringify({ schemaVersion: 1, settings: { language: 'da', personalWords } }))
  await env.restart()
  const got = (await call('settings.get')) as { ok: true; value: { personalWords: string[] } }
  expect(got.value.personalWords.slice(0, 3)).toEqual(['Skovby', 'orda', 'ordb'])
  expect(got.value.personalWords).toHaveLength(PERSONAL_WORDS_MAX)
  expect(await readdir(env.dataDir)).not.toContain('quarantine')
  expect(JSON.parse(await readFile(file, 'utf8')).settings.language).toBe('da')
})

it('refuses a list with a phrase, an empty word or too many words, and keeps the old list', async () => {
  const call = await setup()
  await call('settings.set', { personalWords: ['Skovby'] })
  for (const bad of [
    ['to ord'],
    [''],
    ['1234'],
    Array.from({ length: PERSONAL_WORDS_MAX + 1 }, () => 'ord'),
  ]) {
    expect(await call('settings.set', { personalWords: bad })).toMatchObject({ ok: false })
  }
  expect(await call('settings.get')).toMatchObject({ value: { personalWords: ['Skovby'] } })
})
