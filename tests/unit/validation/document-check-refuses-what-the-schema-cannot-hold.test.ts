import { describe, expect, it } from 'vitest'
import { MAX_DOC_DEPTH, checkDocument } from '../../../src/shared/document/validate'
import { INITIATIVE_DEFAULTS } from '../../../src/shared/document/initiative/initiative'

const SHA = 'ab'.repeat(32)
const text = (t: string, marks?: unknown[]) =>
  marks ? { type: 'text', text: t, marks } : { type: 'text', text: t }
const p = (...content: unknown[]) => ({ type: 'paragraph', content })
const doc = (...content: unknown[]) => ({ type: 'doc', content })
const initiative = (attrs: Record<string, unknown>) => ({
  type: 'initiative',
  attrs: { ...INITIATIVE_DEFAULTS, id: 'i-1', ...attrs },
  content: [p(text('x'))],
})
const cell = (attrs: Record<string, unknown>) => ({ type: 'tableCell', attrs, content: [p()] })
const table = (attrs: Record<string, unknown>) => ({
  type: 'table',
  content: [{ type: 'tableRow', content: [cell(attrs)] }],
})
const link = (href: unknown) => doc(p(text('x', [{ type: 'link', attrs: { href } }])))
const image = (src: unknown) => doc({ type: 'image', attrs: { src, alt: 'Kort' } })
const heading = (level: unknown) => doc({ type: 'heading', attrs: { level }, content: [text('x')] })

/** A chain of blockquotes `levels` deep, built without recursion. */
function nested(levels: number) {
  let node: unknown = p(text('bund'))
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] }
  return doc(node)
}

/** A short name for a test document in a failure message (JSON.stringify would overflow on the deep ones). */
const describeDoc = (json: unknown) => {
  try {
    return JSON.stringify(json).slice(0, 200)
  } catch {
    return '(a document too deep to print)'
  }
}

const refused = (json: unknown, why: RegExp) => {
  const check = checkDocument(json)
  expect(check.ok, describeDoc(json)).toBe(false)
  if (!check.ok) expect(check.reason).toMatch(why)
}
const accepted = (json: unknown) => {
  const check = checkDocument(json)
  expect(check, describeDoc(json)).toMatchObject({ ok: true })
}

describe('depth', () => {
  it('a document 1,500 and 100,000 levels deep is refused with a reason, without overflowing the stack', () => {
    refused(nested(1_500), /deeper than/)
    refused(nested(100_000), /deeper than/)
  })

  it('a document at the limit is accepted', () => {
    // doc, the blockquotes, the paragraph and its text: MAX_DOC_DEPTH levels in all.
    accepted(nested(MAX_DOC_DEPTH - 3))
    refused(nested(MAX_DOC_DEPTH - 2), /deeper than/)
  })
})

describe('table spans', () => {
  it('colspan and rowspan are whole numbers from 1 to 63', () => {
    accepted(doc(table({ colspan: 63, rowspan: 2 })))
    for (const bad of [1e8, 64, 0, -1, 1.5, NaN, Infinity, '2', null]) {
      refused(doc(table({ colspan: bad })), /colspan/)
      refused(doc(table({ rowspan: bad })), /rowspan/)
    }
  })
})

describe('links and images', () => {
  it('links follow the link policy: https and mailto only', () => {
    accepted(link('https://www.vejen.dk/landdistrikt'))
    accepted(link('mailto:karen@oesterby.dk'))
    for (const bad of [
      'javascript:alert(1)',
      'JaVaScRiPt:alert(1)',
      'file:///etc/passwd',
      'data:text/html,x',
      'vbscript:x',
      '',
      null,
      7,
    ]) {
      refused(link(bad), /link/)
    }
  })

  it("image sources are the plan's own assets, never a URL or a path", () => {
    accepted(image(`asset:${SHA}.png`))
    for (const bad of [
      'file:///C:/x.png',
      'https://x.dk/a.png',
      'data:image/png;base64,AA',
      `asset:../${SHA}.png`,
      'asset:x.png',
      null,
    ]) {
      refused(image(bad), /image/)
    }
  })
})

describe('superscript and subscript', () => {
  const marked = (...marks: unknown[]) => doc(p(text('2', marks)))
  it('are marks without attributes, and one text is never both', () => {
    accepted(marked({ type: 'superscript' }))
    accepted(marked({ type: 'bold' }, { type: 'subscript' }))
    refused(marked({ type: 'superscript', attrs: { level: 2 } }), /superscript/)
    refused(marked({ type: 'superscript' }, { type: 'subscript' }), /marks/)
  })
})

describe('headings', () => {
  it('has the levels the schema has (1-3) and no other', () => {
    for (const ok of [1, 2, 3]) accepted(heading(ok))
    for (const bad of [0, 4, 9, 1.5, '1']) refused(heading(bad), /level/)
  })
})

describe('initiative fields', () => {
  it('accepts what the editor can enter', () => {
    accepted(
      doc(
        initiative({
          status: 'active',
          start: '2027-03',
          end: '',
          budget: 1_250_000.5,
          ownFundingKr: 0,
          volunteerHours: 12.25,
          fundingSources: ['Landdistriktspuljen'],
          focusAreas: ['bosaetning'],
        }),
      ),
    )
  })

  it('refuses a budget of "lots", negative, too large or with three decimals', () => {
    for (const bad of ['lots', -1, 1e13, 12.505, NaN, Infinity, '100']) {
      refused(doc(initiative({ budget: bad })), /budget/)
      refused(doc(initiative({ ownFundingKr: bad })), /ownFundingKr/)
    }
    for (const bad of [1e8, -0.5, 'mange'])
      refused(doc(initiative({ volunteerHours: bad })), /volunteerHours/)
  })

  it('refuses months that are not YYYY-MM with a month 01-12', () => {
    for (const bad of ['2027-13', '2027-00', '2027-3', 'marts', 202703]) {
      refused(doc(initiative({ start: bad })), /start/)
      refused(doc(initiative({ end: bad })), /end/)
    }
  })

  it('refuses an unknown status, an empty or unsafe id, long texts and odd lists', () => {
    refused(doc(initiative({ status: 'bogus' })), /status/)
    refused(doc(initiative({ id: '' })), /id/)
    refused(doc(initiative({ id: '../x' })), /id/)
    refused(doc(initiative({ title: 'x'.repeat(2001) })), /title/)
    refused(doc(initiative({ fundingSources: 'fonden' })), /fundingSources/)
    refused(doc(initiative({ fundingSources: [7] })), /fundingSources/)
    refused(doc(initiative({ focusAreas: [''] })), /focusAreas/)
    refused(doc(initiative({ colour: 'red' })), /colour|Unrecognized/)
  })

  it('refuses two initiatives with one id at the edge; a stored plan with them still opens', () => {
    const twice = doc(initiative({ id: 'same' }), initiative({ id: 'same' }))
    refused(twice, /two initiatives/)
    expect(checkDocument(twice, { allowDuplicateIds: true })).toMatchObject({ ok: true })
  })
})

describe('what the schema does not have', () => {
  it('refuses unknown nodes, unknown marks and attributes on nodes that have none', () => {
    refused(doc({ type: 'script' }), /unknown node/)
    refused(doc({ type: 'codeBlock', content: [text('x')] }), /unknown node/)
    refused(doc(p(text('x', [{ type: 'code' }]))), /unknown mark/)
    refused(doc({ type: 'actionPlan', attrs: { rows: 1e8 } }), /actionPlan/)
    refused(doc({ type: 'horizontalRule', attrs: { onclick: 'x' } }), /horizontalRule/)
    refused(doc(p(text('x', [{ type: 'bold', attrs: { style: 'x' } }]))), /bold/)
  })

  it('refuses what is not a document at all, without throwing', () => {
    for (const bad of [
      null,
      undefined,
      3,
      'doc',
      [],
      {},
      { type: 'paragraph' },
      { type: 'doc', content: 'x' },
      doc(null),
      doc(7),
    ]) {
      expect(() => checkDocument(bad)).not.toThrow()
      expect(checkDocument(bad).ok).toBe(false)
    }
  })
})
