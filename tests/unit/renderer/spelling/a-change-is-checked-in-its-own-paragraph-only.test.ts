// @vitest-environment happy-dom
import { Editor, type JSONContent } from '@tiptap/core'
import { TextSelection } from '@tiptap/pm/state'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { planExtensions } from '../../../../src/shared/document/extensions'
import { spellCheck } from '../../../../src/renderer/src/features/spelling/spellCheckPlugin'
import { createSpellClient, type SpellPort } from '../../../../src/renderer/src/features/spelling/spellClient'
import { createSpellMenuStore } from '../../../../src/renderer/src/features/spelling/spellMenuStore'
import type { SpellRequest, SpellResponse } from '../../../../src/renderer/src/features/spelling/protocol'

/** The worker's part played by a word list (the real worker has tests of its own): these are wrong. */
const WRONG = new Set(['fejll', 'xqzv', 'qqqq'])

function fakeWorker(asked: string[][]): SpellPort {
  const port: SpellPort = {
    onmessage: null,
    postMessage(m: SpellRequest) {
      let r: SpellResponse
      if (m.type === 'configure') r = { id: m.id, type: 'configured', language: m.language }
      else if (m.type === 'check') {
        asked.push(m.words)
        r = { id: m.id, type: 'checked', misspelt: m.words.filter((w) => WRONG.has(w.replace(/\.$/, ''))) }
      } else r = { id: m.id, type: 'suggested', suggestions: [] }
      setTimeout(() => port.onmessage?.({ data: r }))
    },
  }
  return port
}

// happy-dom has no idle callbacks; the plugin looks at the plan off screen in them.
globalThis.requestIdleCallback ??= (cb) =>
  setTimeout(() => cb({ didTimeout: false, timeRemaining: () => 10 })) as unknown as number
globalThis.cancelIdleCallback ??= (id) => clearTimeout(id)

const para = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] })

const PLAN = [para('Første afsnit med fejll.'), para('Andet afsnit her.'), para('Tredje afsnit har fejll.')]

let editor: Editor | null = null
afterEach(() => editor?.destroy())

async function checkedEditor(content: JSONContent[] = PLAN) {
  const asked: string[][] = []
  const client = createSpellClient(fakeWorker(asked))
  await client.configure('da', [])
  const looked: string[] = []
  const watched = { ...client, verdict: (w: string) => (looked.push(w), client.verdict(w)) }
  editor = new Editor({
    element: document.createElement('div'),
    extensions: [
      ...planExtensions(),
      spellCheck({
        client: () => watched,
        enabled: () => true,
        onEnabledChange: () => () => undefined,
        menu: createSpellMenuStore(),
      }),
    ],
    content: { type: 'doc', content },
  })
  const ed = editor
  ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, 1)))
  const checked = () =>
    vi.waitFor(() => expect(ed.view.dom.getAttribute('data-spelling')).toBe('checked'), { timeout: 5000 })
  await checked()
  const marks = () => [...ed.view.dom.querySelectorAll('.spelling-error')].map((el) => el.textContent)
  return { ed, asked, looked, checked, marks }
}

/** The position at the end of the n-th paragraph's text. */
const endOf = (ed: Editor, n: number) => {
  let pos = 0
  ed.state.doc.forEach((node, offset, i) => {
    if (i === n) pos = offset + node.nodeSize - 1
  })
  return pos
}

describe('the spell check after a change', () => {
  it('marks the misspelt words of the plan once, asking the worker about each word once', async () => {
    const { asked, marks } = await checkedEditor()
    expect(marks()).toEqual(['fejll', 'fejll'])
    const words = asked.flat()
    expect(new Set(words).size).toBe(words.length)
  })

  it('looks again at the paragraph typed in only, and asks the worker only about words new to it', async () => {
    const { ed, asked, looked, checked, marks } = await checkedEditor()
    looked.length = 0
    asked.length = 0
    ed.view.dispatch(ed.state.tr.insertText(' xqzv', endOf(ed, 1) - 1))
    await checked()
    expect(marks()).toEqual(['fejll', 'xqzv', 'fejll'])
    expect(new Set(looked)).toEqual(new Set(['Andet', 'afsnit', 'her', 'xqzv.']))
    // "her." ended the sentence before; now "her" does, and "xqzv." ends it.
    expect(asked.flat().sort()).toEqual(['her', 'xqzv.'])
  })

  it('keeps the marks of other paragraphs in place when text before them changes', async () => {
    const { ed, checked, marks } = await checkedEditor()
    ed.view.dispatch(ed.state.tr.insertText('Nyt ', 1))
    await checked()
    expect(marks()).toEqual(['fejll', 'fejll'])
    const third = ed.view.dom.querySelectorAll('p')[2]
    expect(third.querySelector('.spelling-error')?.textContent).toBe('fejll')
  })

  it('does not mark the word the caret is in until the caret leaves it', async () => {
    const { ed, checked, marks } = await checkedEditor()
    const at = endOf(ed, 1) - 1
    const tr = ed.state.tr.insertText(' qqqq', at)
    ed.view.dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 5)))
    await checked()
    expect(marks()).toEqual(['fejll', 'fejll'])
    ed.view.dispatch(ed.state.tr.setSelection(TextSelection.create(ed.state.doc, 1)))
    await checked()
    await vi.waitFor(() => expect(marks()).toEqual(['fejll', 'qqqq', 'fejll']))
  })

  it('never marks text in a link', async () => {
    const { ed, checked, marks } = await checkedEditor()
    const at = endOf(ed, 1) - 1
    const link = ed.schema.marks.link.create({ href: 'https://xqzv.dk/' })
    ed.view.dispatch(ed.state.tr.insert(at, ed.schema.text(' xqzv', [link])))
    await checked()
    expect(marks()).toEqual(['fejll', 'fejll'])
  })

  it("looks only at the text written in the plan: not a prompt, a derived block or a card's fields", async () => {
    const { asked, marks } = await checkedEditor([
      // A template's prompt rides on an empty paragraph; it is shown, not written.
      { type: 'paragraph', attrs: { prompt: 'Skriv fejll her' } },
      { type: 'actionPlan' },
      { type: 'focusMatrix' },
      {
        type: 'initiative',
        attrs: { id: 'a', title: 'Nyt xqzv', lead: 'qqqq' },
        content: [para('Kortets tekst med fejll.')],
      },
    ])
    expect(marks()).toEqual(['fejll'])
    expect(new Set(asked.flat())).toEqual(new Set(['Kortets', 'tekst', 'med', 'fejll.']))
  })
})
