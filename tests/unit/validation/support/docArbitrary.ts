import fc from 'fast-check'

/**
 * Documents for property tests: shaped like plan documents (so many pass), with attribute values
 * drawn now and then from a pool of hostile ones, odd node and mark types, and long chains that
 * nest far too deep. Together with fc.anything() this covers "random" and "adversarial".
 */

const SHA = 'c0ffee'.repeat(10) + 'abcd'
export const HOSTILE: unknown[] = [
  null,
  undefined,
  '',
  'lots',
  'javascript:alert(1)',
  'file:///etc/passwd',
  'http://x.dk',
  `asset:../${SHA}.png`,
  '../../x',
  '\u0000',
  '\uFFFE',
  '__proto__',
  'x'.repeat(3000),
  0,
  -1,
  1.5,
  12.505,
  63,
  64,
  1e8,
  1e13,
  NaN,
  Infinity,
  -Infinity,
  true,
  [],
  ['a', 7],
  {},
  { nested: { deep: true } },
  '2027-13',
  '2027-03',
]

const hostile = fc.constantFrom(...HOSTILE)
/** Mostly a good value, sometimes a hostile one, sometimes left out (undefined: the default). */
const attr = <T>(good: fc.Arbitrary<T>) =>
  fc.oneof(
    { arbitrary: good, weight: 60 },
    { arbitrary: hostile, weight: 1 },
    { arbitrary: fc.constant(undefined), weight: 6 },
  )

const attrs = (shape: Record<string, fc.Arbitrary<unknown>>) =>
  fc.record(Object.fromEntries(Object.entries(shape).map(([k, a]) => [k, attr(a)])), { requiredKeys: [] })

const month = fc.oneof(
  fc.constant(''),
  fc
    .tuple(fc.integer({ min: 2000, max: 2100 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
)
const kr = fc.oneof(
  fc.constant(null),
  fc.integer({ min: 0, max: 1_000_000_000 }).map((ore) => ore / 100),
)
// Now and then one of three fixed ids: two initiatives with one id must be refused.
const id = fc.oneof(
  { arbitrary: fc.uuid(), weight: 12 },
  { arbitrary: fc.constantFrom('i-1', 'i-2'), weight: 1 },
)
const word = fc.constantFrom('Legeplads', 'Østerby', 'Ålum', 'cykelsti', 'æøå', '🎉', 'x')

/** Mostly good, now and then from the hostile ones. */
const mostly = <T>(good: T[], bad: T[]) =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...good), weight: 12 },
    { arbitrary: fc.constantFrom(...bad), weight: 1 },
  )

const href = mostly(
  ['https://www.vejen.dk', 'mailto:a@b.dk'],
  ['javascript:alert(1)', 'file:///x', 'data:,x', 'http://x.dk', 'https://'],
)
const mark = fc.oneof(
  {
    arbitrary: fc.constantFrom(
      { type: 'bold' },
      { type: 'italic' },
      { type: 'underline' },
      { type: 'strike' },
      { type: 'superscript' },
      { type: 'subscript' },
    ),
    weight: 24,
  },
  { arbitrary: href.map((h) => ({ type: 'link', attrs: { href: h } })), weight: 12 },
  {
    arbitrary: fc.constantFrom(
      { type: 'code' },
      { type: 'script' },
      { type: 'bold', attrs: { x: 1 } },
      { type: 'superscript', attrs: { level: 2 } },
    ),
    weight: 1,
  },
)
const textNode = fc.record(
  {
    type: fc.constant('text'),
    text: fc.oneof(word, fc.string({ minLength: 1, maxLength: 20 })),
    marks: fc.uniqueArray(mark, { maxLength: 2, selector: (m) => m.type }),
  },
  { requiredKeys: ['type', 'text'] },
)
const inline = fc.oneof(
  { arbitrary: textNode, weight: 6 },
  { arbitrary: fc.constant({ type: 'hardBreak' }), weight: 1 },
)
const paragraph = fc.record({ type: fc.constant('paragraph'), content: fc.array(inline, { maxLength: 4 }) })
const focus = fc.array(fc.constantFrom('bosaetning', 'natur'), { maxLength: 2 })
const heading = fc.record({
  type: fc.constant('heading'),
  attrs: attrs({ level: fc.integer({ min: 1, max: 3 }), focusAreas: focus }),
  content: fc.array(inline, { maxLength: 3 }),
})
const image = fc.record({
  type: fc.constant('image'),
  attrs: attrs({
    src: mostly([`asset:${SHA}.png`, `asset:${SHA}.jpg`], ['file:///C:/x.png', 'https://x.dk/a.png']),
    alt: word,
    width: fc.integer({ min: 1, max: 4000 }),
    height: fc.integer({ min: 1, max: 4000 }),
  }),
})
const initiative = fc.record({
  type: fc.constant('initiative'),
  attrs: attrs({
    id,
    title: word,
    status: mostly(['idea', 'planned', 'active', 'done', 'paused'], ['bogus']),
    start: month,
    end: month,
    budget: kr,
    ownFundingKr: kr,
    volunteerHours: fc.oneof(
      fc.constant(null),
      fc.integer({ min: 0, max: 100_000 }).map((h) => h / 4),
    ),
    fundingSources: fc.array(word, { maxLength: 3 }),
    focusAreas: focus,
  }),
  content: fc.array(paragraph, { minLength: 1, maxLength: 2 }),
})
const cell = fc.record({
  type: fc.constantFrom('tableCell', 'tableHeader'),
  attrs: attrs({ colspan: fc.integer({ min: 1, max: 3 }), rowspan: fc.integer({ min: 1, max: 2 }) }),
  content: fc.array(paragraph, { minLength: 1, maxLength: 1 }),
})
const table = fc.record({
  type: fc.constant('table'),
  content: fc.array(
    fc.record({ type: fc.constant('tableRow'), content: fc.array(cell, { minLength: 1, maxLength: 3 }) }),
    { minLength: 1, maxLength: 3 },
  ),
})
const leaf = fc.oneof(
  { arbitrary: paragraph, weight: 16 },
  { arbitrary: heading, weight: 8 },
  { arbitrary: image, weight: 4 },
  { arbitrary: initiative, weight: 8 },
  { arbitrary: table, weight: 4 },
  {
    arbitrary: fc.constantFrom({ type: 'actionPlan' }, { type: 'focusMatrix' }, { type: 'horizontalRule' }),
    weight: 4,
  },
  {
    arbitrary: fc.constantFrom(
      { type: 'codeBlock' },
      { type: 'iframe' },
      { type: 'actionPlan', attrs: { rows: 1e8 } },
    ),
    weight: 1,
  },
)

const { block } = fc.letrec((tie) => ({
  block: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({
      type: fc.constant('blockquote'),
      content: fc.array(tie('block'), { minLength: 1, maxLength: 2 }),
    }),
    fc.record({
      type: fc.constantFrom('bulletList', 'orderedList'),
      content: fc.array(
        fc.record({ type: fc.constant('listItem'), content: fc.tuple(paragraph, tie('block')) }),
        { minLength: 1, maxLength: 2 },
      ),
    }),
  ),
}))

/** A chain of blockquotes around a paragraph, often far past the depth limit. */
const deepChain = fc.integer({ min: 80, max: 3000 }).map((levels) => {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'bund' }] }
  for (let i = 0; i < levels; i++) node = { type: 'blockquote', content: [node] }
  return node
})

/** A plan-shaped document: mostly valid, sometimes not. */
export const planLikeDoc = fc.record({
  type: fc.constant('doc'),
  content: fc.array(fc.oneof({ arbitrary: block, weight: 30 }, { arbitrary: deepChain, weight: 1 }), {
    minLength: 1,
    maxLength: 6,
  }),
})

/** Anything at all, plan-shaped or not. */
export const anyDoc = fc.oneof(
  { arbitrary: planLikeDoc, weight: 6 },
  { arbitrary: fc.anything(), weight: 1 },
  {
    arbitrary: fc.record({ type: fc.constant('doc'), content: fc.array(fc.anything(), { maxLength: 4 }) }),
    weight: 1,
  },
)
