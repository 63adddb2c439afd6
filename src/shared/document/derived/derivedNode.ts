/** The blocks whose content is derived from the rest of the document (derivedBlocks.ts). */
export type DerivedBlockType = 'actionPlan' | 'focusMatrix'

/** A derived block as a node: only where it stands; it carries nothing (DerivedBlockAttrsSchema). */
export function derivedBlockNode(type: DerivedBlockType): { type: DerivedBlockType } {
  return { type }
}
