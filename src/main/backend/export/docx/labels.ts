/** The export's own words live in shared/export/labels.ts: the Word export here and the PDF laid
 * out by the renderer write the same ones. */
export * from '../../../../shared/export/labels'
