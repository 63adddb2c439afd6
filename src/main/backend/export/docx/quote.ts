import type { JsonNode } from '../../../../shared/derive/docWalk'
import type { ExportContext } from './context'
import type { BlockEnv } from './paragraph'
import { childBlocks, type Block } from './blocks'

/** A quote's paragraphs carry the Quote style, so Word (and an importer) knows them as a quote. */
export function quote(node: JsonNode, ctx: ExportContext, env: BlockEnv): Block[] {
  return childBlocks(node, ctx, { ...env, quote: true })
}
