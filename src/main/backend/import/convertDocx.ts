import { createHash } from 'node:crypto'
import mammoth from 'mammoth'
import { MAX_ASSET_BYTES } from '../assets/assetStore'
import { sniffImage } from '../assets/sniffImage'
import { readImageInfo } from '../export/docx/imageInfo'
import type { DocxPackage } from './openDocx'
import type { ReportCollector } from './report'
import { STYLE_MAP } from './styleMap'
import { readWordStyles } from './wordStyles'
import { planTransform } from './wordTransform'
import { scriptForRaisedRuns } from './raisedRuns'

export type ImportedImage = { name: string; bytes: Uint8Array; width: number | null; height: number | null }

/** An image's bytes as the asset it becomes (sha256 + real type), or why the plan cannot hold it. */
export function importedImage(bytes: Uint8Array): ImportedImage | 'imageType' | 'imageTooLarge' {
  const ext = sniffImage(bytes)
  if (!ext) return 'imageType'
  if (bytes.length > MAX_ASSET_BYTES) return 'imageTooLarge'
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
  const info = readImageInfo(bytes)
  return { name, bytes, width: info?.width ?? null, height: info?.height ?? null }
}

/**
 * Runs mammoth over the already-checked parts, with what it does not read itself put in first
 * (styles' looks and list levels: wordTransform; raised runs: raisedRuns). Images are kept in memory under their asset name
 * (sha256 + real type) until the plan exists; types the plan cannot show (EMF, WMF, TIFF, SVG)
 * are reported rather than dropped silently. Mammoth never reads outside the file. Empty paragraphs are
 * kept here (a horizontal rule is one) and dropped later unless they mean something.
 */
export async function convertDocx(pkg: DocxPackage, report: ReportCollector) {
  const styles = readWordStyles(pkg.text('word/styles.xml'))
  const images = new Map<string, ImportedImage>()
  const convertImage = mammoth.images.imgElement(async (image) => {
    const found = importedImage(new Uint8Array(await image.readAsBuffer()))
    if (typeof found === 'string') {
      report.add(found, (image as { altText?: string }).altText || image.contentType)
      return { src: '' }
    }
    images.set(found.name, found)
    return { src: `asset:${found.name}` }
  })
  const body = pkg.text('word/document.xml') ?? ''
  const raised = scriptForRaisedRuns(body)
  const result = await mammoth.convertToHtml(
    {
      buffer: Buffer.from(
        pkg.storedZip(raised === body ? undefined : new Map([['word/document.xml', raised]])),
      ),
    },
    {
      styleMap: STYLE_MAP,
      convertImage,
      externalFileAccess: false,
      ignoreEmptyParagraphs: false,
      transformDocument: planTransform(styles),
    },
  )
  // Mammoth's notes are about its own workings (a style it has no mapping for, one referenced but
  // not defined, an element it skips), not about what the user loses: styles keep their look and
  // heading levels (wordTransform), and what a skipped element held is reported by scanParts.
  return { html: result.value, images }
}
