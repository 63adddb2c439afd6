import type { Schema } from '@tiptap/pm/model'
import { z } from 'zod'

/** How deep a document may nest (doc > list > item > list ...). Word offers nine list levels; a
 * plan the editor makes stays far below this. Deeper is refused before anything recurses. */
export const MAX_DOC_DEPTH = 100
/** More marks on one piece of text than the schema has kinds of marks is not a real document. */
const MAX_MARKS = 16

export type AttrSchemas = {
  schema: Schema
  nodes: Record<string, z.ZodType>
  marks: Record<string, z.ZodType>
}

const NO_ATTRS = z.strictObject({})

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const defaultsCache = new WeakMap<object, Json>()
/** The attribute defaults of a node or mark type, so a JSON that leaves attributes out (as
 * ProseMirror allows) is checked with the values it will get. */
function defaultsOf(type: { spec: { attrs?: Record<string, { default?: unknown }> } }): Json {
  let d = defaultsCache.get(type)
  if (!d) {
    d = Object.fromEntries(Object.entries(type.spec.attrs ?? {}).map(([k, a]) => [k, a.default]))
    defaultsCache.set(type, d)
  }
  return d
}

/** Attribute sets already found valid, by schema: most nodes of a plan carry the same few small
 * sets (a paragraph's `{prompt: null}`, a cell's spans), and zod per node was most of a save's check. */
const validSets = new WeakMap<z.ZodType, Set<string>>()
const MAX_KEY = 512
/** The defaults objects (one per node or mark type, see defaultsOf) found valid on their own, by
 * schema. */
const defaultsValid = new WeakMap<z.ZodType, WeakSet<Json>>()

/** A key that stands for the values exactly: only sets of primitives (a string key cannot tell an
 * array with a hole from one with null in it), and not long ones. */
function keyOf(values: Json): string | null {
  let key = ''
  for (const k in values) {
    const v = values[k]
    if (v !== null && typeof v === 'object') return null
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return null
    key += `${k}\u0000${typeof v}\u0000${String(v)}\u0001`
    if (key.length > MAX_KEY) return null
  }
  return key
}

function attrsProblem(what: string, schema: z.ZodType, defaults: Json, given: unknown): string | null {
  if (given !== undefined && given !== null && !isObject(given))
    return `${what}: attributes must be an object`
  // Most nodes (every text node) give no attributes: their defaults are checked once per type.
  const none = given === undefined || given === null
  if (none && defaultsValid.get(schema)?.has(defaults)) return null
  // As in ProseMirror, an attribute given as undefined is one left out: it gets its default.
  const values: Json = { ...defaults }
  if (given) for (const k of Object.keys(given)) if (given[k] !== undefined) values[k] = given[k]
  const key = keyOf(values)
  let known = validSets.get(schema)
  if (key !== null && known?.has(key)) return null
  const result = schema.safeParse(values)
  if (result.success) {
    if (none) {
      const valid = defaultsValid.get(schema) ?? new WeakSet<Json>()
      defaultsValid.set(schema, valid.add(defaults))
    }
    if (key !== null) {
      if (!known) validSets.set(schema, (known = new Set()))
      if (known.size < 10_000) known.add(key)
    }
    return null
  }
  const issue = result.error.issues[0]
  const at = issue.path.length
    ? issue.path.join('.')
    : ((issue as { keys?: string[] }).keys?.join(', ') ?? '')
  return `${what}: ${at ? `${at}: ` : ''}${issue.message}`
}

/**
 * Walks the raw JSON of a document with a stack of its own (no recursion, so no depth can
 * overflow it) and returns the first problem found, or null. Checks what ProseMirror's fromJSON
 * does not: depth, the attribute values, and that no two initiatives share an id. A cycle (only
 * possible in a hand-built object, never in JSON) ends at the depth limit like any deep document.
 */
export function checkShape(json: unknown, attrs: AttrSchemas, uniqueIds: boolean): string | null {
  if (!isObject(json) || json.type !== 'doc') return 'the document must be a node of type doc'
  const { schema } = attrs
  // Two parallel stacks (node, depth) rather than one of pairs: a 300-page plan has ~10^5 nodes,
  // and an object per node was a good part of a save's check.
  const nodes: unknown[] = [json]
  const depths: number[] = [1]
  const ids = new Set<string>()
  while (nodes.length > 0) {
    const node = nodes.pop()
    const depth = depths.pop()!
    if (!isObject(node)) return 'a node must be an object'
    if (depth > MAX_DOC_DEPTH) return `the document nests deeper than ${MAX_DOC_DEPTH} levels`
    const typeName = node.type
    const type =
      typeof typeName === 'string' && Object.hasOwn(schema.nodes, typeName) ? schema.nodes[typeName] : null
    if (!type) return `unknown node type ${JSON.stringify(typeName)?.slice(0, 60)}`
    const name = type.name
    const problem = attrsProblem(name, attrs.nodes[name] ?? NO_ATTRS, defaultsOf(type), node.attrs)
    if (problem) return problem
    if (name === 'initiative' && uniqueIds) {
      const id = (node.attrs as Json).id as string
      if (ids.has(id)) return `two initiatives have the id ${id}`
      ids.add(id)
    }
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks) || node.marks.length > MAX_MARKS)
        return `${name}: marks must be a short list`
      for (const mark of node.marks) {
        if (!isObject(mark)) return `${name}: a mark must be an object`
        const m =
          typeof mark.type === 'string' && Object.hasOwn(schema.marks, mark.type)
            ? schema.marks[mark.type]
            : null
        if (!m) return `unknown mark type ${JSON.stringify(mark.type)?.slice(0, 60)}`
        const markProblem = attrsProblem(
          `${m.name} mark`,
          attrs.marks[m.name] ?? NO_ATTRS,
          defaultsOf(m),
          mark.attrs,
        )
        if (markProblem) return markProblem
      }
    }
    if (name === 'text' && typeof node.text !== 'string') return 'a text node without text'
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return `${name}: content must be a list`
      for (let i = node.content.length - 1; i >= 0; i--) {
        nodes.push(node.content[i])
        depths.push(depth + 1)
      }
    }
  }
  return null
}
