import { MessageChannel, type MessagePort } from 'node:worker_threads'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { createSpellClient, type SpellPort } from '../../../src/renderer/src/features/spelling/spellClient'
import { createSpellWorkerHandler } from '../../../src/renderer/src/features/spelling/spellWorkerHandler'
import { CHECK_BATCH, type SpellRequest } from '../../../src/renderer/src/features/spelling/protocol'
import type { Language } from '../../../src/shared/model/settings'
import { readShippedDictionary, shippedDomainWords } from './dictionaries'

const DOMAIN_WORDS = shippedDomainWords()

const open: MessagePort[] = []
afterEach(() => {
  open.splice(0).forEach((p) => p.close())
})

/** The real worker handler on one end of a message channel (what the Worker's messages cross), the
 * real client on the other; `sent` is every request the client posted. */
type Handle = ReturnType<typeof createSpellWorkerHandler>
// Parsing the Danish dictionary takes seconds: the tests that stay in Danish share one worker side
// (each with a client of its own, configuring its own words).
let shared: Handle | null = null
function rig(read?: (l: Language) => ReturnType<typeof readShippedDictionary>) {
  const { port1, port2 } = new MessageChannel()
  open.push(port1, port2)
  const handle = read
    ? createSpellWorkerHandler(read, DOMAIN_WORDS)
    : (shared ??= createSpellWorkerHandler(readShippedDictionary, DOMAIN_WORDS))
  port2.on('message', (data) => void handle(data).then((r) => port2.postMessage(r)))
  const sent: SpellRequest[] = []
  const port: SpellPort = {
    postMessage: (m) => {
      sent.push(m)
      port1.postMessage(m)
    },
    set onmessage(fn: SpellPort['onmessage']) {
      port1.removeAllListeners('message')
      if (fn) port1.on('message', (data) => fn({ data }))
    },
    get onmessage(): SpellPort['onmessage'] {
      return null
    },
  }
  return { client: createSpellClient(port), sent, handle }
}

const learned = (client: ReturnType<typeof createSpellClient>) =>
  new Promise<void>((resolve) => {
    const off = client.onLearned(() => {
      off()
      resolve()
    })
  })

describe('the spelling worker protocol', () => {
  it('answers a check asked before the dictionary is loaded, once it is, with the misspelt words', async () => {
    const { client, sent } = rig()
    void client.configure('da', [])
    expect(client.status()).toBe('loading')
    const done = learned(client)
    client.request(['søen', 'forsamlingshse', 'landsbyklyngen', 'søen'])
    await done
    await vi.waitFor(() => expect(client.verdict('søen')).toBe(true))
    expect(client.verdict('forsamlingshse')).toBe(false)
    expect(client.verdict('landsbyklyngen')).toBe(true)
    expect(client.status()).toBe('ready')
    // One configure and one check of three words, however often a word was asked for.
    expect(sent.map((m) => m.type)).toEqual(['configure', 'check'])
    expect(sent[1]).toMatchObject({ words: ['søen', 'forsamlingshse', 'landsbyklyngen'] })
  }, 60_000)

  it('never asks twice about a word it knows or is waiting for, and batches a whole plan', async () => {
    const { client, sent } = rig()
    await client.configure('da', [])
    const many = Array.from({ length: CHECK_BATCH * 2 + 5 }, (_, i) => `ord${'abcdefghij'[i % 10]}${i}`)
    const done = learned(client)
    client.request(many)
    client.request(many.slice(0, 10))
    await done
    const checks = sent.filter((m) => m.type === 'check')
    expect(checks.map((m) => (m.type === 'check' ? m.words.length : 0))).toEqual([
      CHECK_BATCH,
      CHECK_BATCH,
      5,
    ])
    client.request(many)
    await Promise.resolve()
    expect(sent.filter((m) => m.type === 'check')).toHaveLength(3)
  }, 60_000)

  it('the words on screen go to the worker ahead of the plan, and are told as soon as they are answered', async () => {
    const { client, sent } = rig()
    await client.configure('da', [])
    const rest = Array.from({ length: CHECK_BATCH * 2 + 5 }, (_, i) => `ordx${'abcdefghij'[i % 10]}${i}`)
    const onScreen = ['forsamlingshse', 'søen', rest[CHECK_BATCH * 2]!]
    const first = learned(client)
    // The plan's words asked before the screen's, in the same turn, as a slice asks them.
    client.request(rest)
    client.request(onScreen, true)
    await first
    // Told while the rest is still out: the screen's words are known, the plan's last batch is not.
    expect(onScreen.map((w) => client.verdict(w))).toEqual([false, true, false])
    expect(client.verdict(rest.at(-1)!)).toBeUndefined()
    const checks = sent.filter((m) => m.type === 'check')
    expect(checks[0]?.type === 'check' && checks[0].words).toEqual(onScreen)
    // The word on screen that was asked with the plan went with the screen's, not twice.
    expect(
      checks.flatMap((m) => (m.type === 'check' ? m.words : [])).filter((w) => w === onScreen[2]),
    ).toHaveLength(1)
    const all = learned(client)
    await all
    expect(client.verdict(rest.at(-1)!)).toBe(false)
  }, 60_000)

  it('a change of language drops the answers of the old one and checks in the new', async () => {
    const { client } = rig(readShippedDictionary)
    await client.configure('da', [])
    let done = learned(client)
    client.request(['village', 'søen'])
    await done
    expect(client.verdict('village')).toBe(false)
    await client.configure('en', [])
    expect(client.verdict('village')).toBeUndefined()
    done = learned(client)
    client.request(['village', 'søen'])
    await done
    expect(client.verdict('village')).toBe(true)
    expect(client.verdict('søen')).toBe(false)
  }, 60_000)

  it("an added word is known at once after the next check, the dictionary's answers are kept", async () => {
    const { client, sent } = rig()
    await client.configure('da', [])
    let done = learned(client)
    client.request(['Skovbækgård', 'søen'])
    await done
    expect(client.verdict('Skovbækgård')).toBe(false)
    await client.configure('da', ['Skovbækgård'])
    expect(client.verdict('søen')).toBe(true)
    expect(client.verdict('Skovbækgård')).toBeUndefined()
    done = learned(client)
    client.request(['Skovbækgård', 'søen'])
    await done
    expect(client.verdict('Skovbækgård')).toBe(true)
    expect(sent.at(-1)).toMatchObject({ type: 'check', words: ['Skovbækgård'] })
  }, 60_000)

  it('suggests in the worker, and "Ignorér" makes a word correct without asking it', async () => {
    const { client, sent } = rig()
    await client.configure('da', [])
    expect(await client.suggest('forsamlingshse')).toContain('forsamlingshuse')
    client.ignore('Vesterbæk')
    expect(client.verdict('Vesterbæk')).toBe(true)
    client.request(['Vesterbæk'])
    await Promise.resolve()
    expect(sent.filter((m) => m.type === 'check')).toHaveLength(0)
  }, 60_000)

  it('a dictionary that cannot be read turns the checker off and another language still loads', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    const { client } = rig(async (language) => {
      if (language === 'da') throw new Error('ENOENT: index.dic')
      return readShippedDictionary(language)
    })
    await client.configure('da', [])
    expect(client.status()).toBe('unavailable')
    await client.configure('en', [])
    expect(client.status()).toBe('ready')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  }, 60_000)

  it('refuses what is not a request, and a check before any language, without throwing', async () => {
    const { handle } = rig(readShippedDictionary)
    for (const bad of [
      null,
      'check',
      { id: 1 },
      { id: 2, type: 'check', words: [7] },
      { id: 'x', type: 'suggest' },
    ])
      expect(await handle(bad)).toMatchObject({ type: 'failed', reason: 'bad-request' })
    expect(await handle({ id: 3, type: 'check', words: ['søen'] })).toEqual({
      id: 3,
      type: 'failed',
      reason: 'not-configured',
    })
    expect(await handle({ id: 4, type: 'suggest', word: 'x'.repeat(201) })).toMatchObject({
      reason: 'bad-request',
    })
  })
})
