/**
 * The plan itself, carried inside the .docx the export writes, so that importing a Planværksted
 * export brings back exactly the plan (initiatives with their focus areas, lists in table cells,
 * captions, the catalogue), not what can be read back from its pages. A custom XML part, which Word
 * keeps when it saves the file (ECMA-376 Part 1, §15.2.5): customXml/item1.xml holds the plan as
 * JSON and the fingerprint of the text the export wrote around it (bodyFingerprint.ts);
 * customXml/itemProps1.xml names the part's namespace, as Word's data store wants it.
 */
export const PLAN_PART = {
  item: 'customXml/item1.xml',
  props: 'customXml/itemProps1.xml',
  itemRels: 'customXml/_rels/item1.xml.rels',
  /** The namespace of the plan part's root element, and the schema its properties name. */
  namespace: 'urn:planvaerksted:plan',
  version: 1,
  /** A fixed data-store id: the same plan exports to the same bytes. */
  itemId: '{6F1C2E9A-5B4D-4C8E-9A37-2F6C1E0D8B41}',
  contentType: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  relCustomXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  relCustomXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
} as const

/** What the part's JSON holds: the plan's details that travel with it, and its document. */
export type PlanPartContent = {
  meta: {
    title: string
    council: string
    kind: string
    villages: string[]
    municipality: string
    templateId: string
    versionLabel: string
    catalogue: unknown
  }
  doc: unknown
  /** Each picture's file in the package (word/media/...) by the asset name the plan gives it. */
  media: Record<string, string>
}
