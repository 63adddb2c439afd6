import { textOf, type JsonNode } from '../../../../shared/derive/presentedSections'

/** A section's blocks in large type: headings, paragraphs, lists and initiatives as their text
 * (React text nodes, never HTML); anything else as a paragraph of its text. */
export function SectionBlocks({ blocks }: { blocks: JsonNode[] }) {
  return (
    <>
      {blocks.map((block, i) => (
        <Block key={i} node={block} />
      ))}
    </>
  )
}

function Block({ node }: { node: JsonNode }) {
  switch (node.type) {
    case 'heading':
      return <h3>{textOf(node)}</h3>
    case 'bulletList':
    case 'orderedList': {
      const items = (node.content ?? []).map((li, i) => <li key={i}>{textOf(li)}</li>)
      return node.type === 'bulletList' ? <ul>{items}</ul> : <ol>{items}</ol>
    }
    case 'initiative': {
      const title = typeof node.attrs?.title === 'string' ? node.attrs.title : ''
      return (
        <div className="projector-initiative">
          {title && <p className="projector-initiative-title">{title}</p>}
          {(node.content ?? []).map((child, i) => (
            <Block key={i} node={child} />
          ))}
        </div>
      )
    }
    default:
      return textOf(node).trim() ? <p>{textOf(node)}</p> : null
  }
}
