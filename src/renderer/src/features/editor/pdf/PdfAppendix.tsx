import type { Catalogue } from '../../../../../shared/model/catalogue'
import type { Lang } from '../../../../../shared/derive/format'
import { APPENDIX_ANCHOR } from './PdfFrontMatter'
import { pdfAppendix } from './pdfWords'

/** The appendix after the plan's text, as the Word file ends: the focus-area catalogue the plan is
 * linked to, where it comes from, and its focus areas. Printed only, while the PDF is made. */
export function PdfAppendix({ catalogue, lang }: { catalogue: Catalogue; lang: Lang }) {
  const { heading, intro, areasIntro, keyValue, source, header, areas } = pdfAppendix(catalogue, lang)
  return (
    <section className="pdf-only pdf-appendix" lang={lang}>
      <h1 id={APPENDIX_ANCHOR}>{heading}</h1>
      <p>{intro}</p>
      <table className="pdf-fields">
        <thead>
          <tr>
            {keyValue.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {source.map(([label, value]) => (
            <tr key={label}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {areas.length > 0 && (
        <>
          <p>{areasIntro}</p>
          <table>
            <thead>
              <tr>
                {header.map((h) => (
                  <th key={h} scope="col">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {areas.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) => (
                    <td key={j}>{cell}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  )
}
