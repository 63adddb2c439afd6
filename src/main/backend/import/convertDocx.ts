import { createHash } from 'node:crypto'
import mammoth from 'mammoth'
import { MAX_ASSET_BYTES } from '../assets/assetStore'
import { sniffImage } from '../assets/sniffImage'
import { readImageInfo } from '../export/docx/imageInfo'
import type { DocxPackage } from './openDocx'
import type { ReportCollector } from './report'
import { QUIET_STYLES, STYLE_MAP } from './styleMap'

export type ImportedImage = { name: string; bytes: Uint8Array; width: number | null; height: number | null }

/**
 * Runs mammoth over the already-checked parts. Images are kept in memory under their asset name
 * (sha256 + real type) until the plan exists; types the plan cannot show (EMF, WMF, TIFF, SVG)
 * are reported rather than dropped silently. Mammoth never reads outside the file. Empty paragraphs are
 * kept here (a horizontal rule is one) and dropped later unless they mean something.
 */
export async function convertDocx(pkg: DocxPackage, report: ReportCollector) {
  const images = new Map<string, ImportedImage>()
  const convertImage = mammoth.images.imgElement(async (image) => {
    const bytes = new Uint8Array(await image.readAsBuffer())
    const ext = sniffImage(bytes)
    const label = (image as { altText?: string }).altText || image.contentType
    if (!ext) {
      report.add('imageType', label)
      return { src: '' }
    }
    if (bytes.length > MAX_ASSET_BYTES) {
      report.add('imageTooLarge', label)
      return { src: '' }
    }
    const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`
    const info = readImageInfo(bytes)
    images.set(name, { name, bytes, width: info?.width ?? null, height: info?.height ?? null })
    return { src: `asset:${name}` }
  })
  const result = await mammoth.convertToHtml(
    { buffer: Buffer.from(pkg.storedZip()) },
    { styleMap: STYLE_MAP, convertImage, externalFileAccess: false, ignoreEmptyParagraphs: false },
  )
  for (const m of result.messages) {
    const style = /Unrecognised (?:paragraph|run) style: '([^']*)'/.exec(m.message)
    if (style) {
      if (!QUIET_STYLES.has(style[1])) report.add('unknownStyle', style[1])
    } else if (!/external|image|w:fldSimple|w:instrText/i.test(m.message)) report.add('other', m.message)
  }
  return { html: result.value, images }
}
