import { unzipSync, zipSync } from 'fflate'

/** Our export with its plan part taken out, as a program that drops custom XML parts saves it: an
 * import then reads the plan back from the pages, which is what a test of that reading needs. */
export function withoutPlanPart(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx)
  for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name]
  return zipSync(files)
}
