import { expect, type Page } from '@playwright/test'
import type { AppHarness } from '../fixtures/harness'
import { HomePage, editorBody, saveStatus } from '../fixtures/pages'

type PMNode = {
  type: string
  attrs?: Record<string, unknown>
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
  content?: PMNode[]
}

/** Steps in the editor, and the saved document read back from disk. */
export class EditorPage {
  constructor(readonly app: AppHarness) {}
  /** Read on every step: a restart opens a new page. */
  get page(): Page {
    return this.app.page
  }

  /** Creates a blank plan through the contract (the wizard has its own tests) and opens it. */
  static async withNewPlan(app: AppHarness, title = 'Udviklingsplan for Bøvl') {
    await app.page.evaluate((t) => window.api['plans.create']({ title: t, council: 'Bøvl Lokalråd' }), title)
    await app.page.reload()
    await new HomePage(app).openPlan(title)
    const ed = new EditorPage(app)
    await ed.text.click()
    return ed
  }

  get text() {
    return editorBody(this.page)
  }
  tool(name: string) {
    return this.page.getByRole('toolbar', { name: 'Formatering' }).getByRole('button', { name, exact: true })
  }
  async saved(): Promise<PMNode> {
    await expect(saveStatus(this.page)).toHaveText('Gemt')
    return (await this.app.savedPlan()).doc as PMNode
  }
  /** Selects the given text inside the editor, as a mouse drag would. */
  async select(text: string) {
    await this.page.evaluate((needle) => {
      const root = document.querySelector('.ProseMirror')!
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      while (walker.nextNode()) {
        const n = walker.currentNode as Text
        const i = n.data.indexOf(needle)
        if (i >= 0) {
          const r = document.createRange()
          r.setStart(n, i)
          r.setEnd(n, i + needle.length)
          const s = getSelection()!
          s.removeAllRanges()
          s.addRange(r)
          return
        }
      }
      throw new Error(`text not found: ${needle}`)
    }, text)
    // ProseMirror takes up a DOM selection on the next selectionchange event; a shortcut pressed
    // before that would format the previous selection. Wait until the editor itself holds it.
    await this.page.waitForFunction((needle) => {
      const dom = document.querySelector('.ProseMirror') as
        | (Element & {
            editor?: {
              state: {
                selection: { from: number; to: number }
                doc: { textBetween(a: number, b: number): string }
              }
            }
          })
        | null
      const state = dom?.editor?.state
      return !!state && state.doc.textBetween(state.selection.from, state.selection.to) === needle
    }, text)
  }
}

/** Every node of a given type, anywhere in the document. */
export function nodes(doc: PMNode, type: string): PMNode[] {
  const out: PMNode[] = []
  const walk = (n: PMNode) => {
    if (n.type === type) out.push(n)
    n.content?.forEach(walk)
  }
  walk(doc)
  return out
}

/** The text runs that carry a mark, e.g. marked(doc, 'bold') -> ['412 indbyggere']. */
export function marked(doc: PMNode, mark: string): string[] {
  return nodes(doc, 'text')
    .filter((t) => t.marks?.some((m) => m.type === mark))
    .map((t) => t.text ?? '')
}

export function textOf(n: PMNode): string {
  return n.text ?? (n.content ?? []).map(textOf).join('')
}
export type { PMNode }
