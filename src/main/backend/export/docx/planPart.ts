import type { Plan } from '../../../../shared/model/plan'
import { XML_ILLEGAL } from '../../../../shared/format/xmlSafeText'
import { bodyFingerprint } from '../../planPart/bodyFingerprint'
import { PLAN_PART, type PlanPartContent } from '../../planPart/planPartFormat'
import type { BodyRefs } from './context'

const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const ILLEGAL_ALL = new RegExp(XML_ILLEGAL.source, 'g')

/** The parts, relationship and content type that put the plan into the package. */
export type PlanPartFiles = { parts: Map<string, string>; relationship: string; contentType: string }

/**
 * The plan as a custom XML part (planPartFormat.ts), written after the document part so that the
 * fingerprint is of exactly the text the export wrote. The JSON is text of the root element: what
 * XML 1.0 cannot hold (U+FFFE, a control character a paste brought in) is written as a JSON \u
 * escape inside its string, so the plan comes back as it was and the part stays well-formed;
 * &, < and > are escaped as XML text.
 */
export function planPartFiles(
  plan: Pick<Plan, 'meta' | 'doc'>,
  documentXml: string,
  media: BodyRefs['media'],
): PlanPartFiles {
  const m = plan.meta
  const content: PlanPartContent = {
    meta: {
      title: m.title,
      council: m.council,
      kind: m.kind,
      villages: m.villages,
      municipality: m.municipality,
      templateId: m.templateId,
      versionLabel: m.versionLabel,
      catalogue: m.catalogue,
    },
    doc: plan.doc,
    media: Object.fromEntries([...media].map(([name, { file }]) => [name, `word/media/${file}`])),
  }
  const json = JSON.stringify(content).replace(
    ILLEGAL_ALL,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )
  const text = json.replace(/[&<>]/g, (c) => TEXT_ESCAPES[c])
  const ns = PLAN_PART.namespace
  const item =
    `${DECL}<plan xmlns="${ns}" version="${PLAN_PART.version}" fingerprint="${bodyFingerprint(documentXml)}">` +
    `${text}</plan>`
  const props =
    `${DECL}<ds:datastoreItem ds:itemID="${PLAN_PART.itemId}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml">` +
    `<ds:schemaRefs><ds:schemaRef ds:uri="${ns}"/></ds:schemaRefs></ds:datastoreItem>`
  const itemRels =
    `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    `<Relationship Id="rId1" Type="${PLAN_PART.relCustomXmlProps}" Target="itemProps1.xml"/></Relationships>`
  return {
    parts: new Map([
      [PLAN_PART.item, item],
      [PLAN_PART.props, props],
      [PLAN_PART.itemRels, itemRels],
    ]),
    relationship: `<Relationship Id="rIdPlanPart" Type="${PLAN_PART.relCustomXml}" Target="../${PLAN_PART.item}"/>`,
    contentType: `<Override PartName="/${PLAN_PART.props}" ContentType="${PLAN_PART.contentType}"/>`,
  }
}
