import { describe, expect, it } from 'vitest'
import mammoth from 'mammoth'
import { parseHTML } from './fixtures/html'
import { exportSample, toHtml } from './fixtures/readDocx'

describe('the exported plan read back through mammoth', () => {
  it('has every heading, paragraph, list item, cell, quote, link, image and initiative in order, æøå intact', async () => {
    const { value } = await toHtml(await exportSample())
    const blocks = parseHTML(value)
    const texts = blocks.map((b) => `${b.tag}:${b.text}`)
    const expected = [
      'h1:Forord',
      'p:Planen er skrevet af lokalrådet sammen med borgerne, ildsjæle og gamle planer. Læs mere på kommunens side.',
      'h2:Om lokalområdet',
      'p:Øster Ålum ligger ved åen.\nDer bor 612 indbyggere.',
      'li:Forsamlingshuset',
      'li:Køkkenet',
      'li:Skolen i Bække',
      'li:Første møde',
      'li:Åbent hus',
      'li:Spørgeskema',
      'li:Andet møde',
      'p:Mellemtekst før næste liste.',
      'li:Ny liste begynder forfra',
      'li:Punkt to',
      'th:Styrker',
      'th:Svagheder',
      'td:Stærkt foreningsliv',
      'td:Få busafgange',
      'p:Vi vil være familiens bedste valg på landet.',
      'img:Kort over Østerby og Ålum',
      'h3:Vision og indsatsområder',
      'h4:Ny sti langs åen',
    ]
    // Each expected block appears, and in this order (other blocks, e.g. the cover, may sit between).
    let at = 0
    for (const want of expected) {
      const found = texts.indexOf(want, at)
      expect(found, `missing or out of order: ${want}`).toBeGreaterThanOrEqual(0)
      at = found + 1
    }
    expect(texts.slice(at)).toEqual(
      expect.arrayContaining([
        'td:Søren Ærø',
        'td:3. Natur- og kulturoplevelser; 1. Bosætning',
        'p:En trampesti på 4 km fra Østerby til Ålum.',
        'h4:Fælles spisning',
        'li:Hver anden fredag',
        'h1:Handlingsplan',
        'td:Ny sti langs åen',
        'h1:Sammenhæng med kommunens indsatsområder',
        'th:1. Bosætning',
        'td:✓ Ja',
        'h1:Bilag: Kommunens indsatsområder',
        'td:Landdistriktspolitik for Billund Kommune',
      ]),
    )
  })

  it('keeps marks and the link as real markup', async () => {
    const { value } = await toHtml(await exportSample())
    expect(value).toContain('<strong>lokalrådet</strong>')
    expect(value).toContain('<em>borgerne</em>')
    expect(value).toContain('<a href="https://www.billund.dk/">kommunens side</a>')
    expect(value).toMatch(/<s>gamle planer<\/s>|<del>gamle planer<\/del>/)
  })

  it('recognises the quote and the lists by their styles, not by look', async () => {
    const { value } = await toHtml(await exportSample())
    expect(value).toMatch(
      /<ol><li>Første møde<ol><li>Åbent hus<\/li><li>Spørgeskema<\/li><\/ol><\/li><li>Andet møde<\/li><\/ol>/,
    )
    expect(value).toMatch(
      /<ul><li>Forsamlingshuset<ul><li>Køkkenet<\/li><\/ul><\/li><li>Skolen i Bække<\/li><\/ul>/,
    )
    const quoted = await mammoth.convertToHtml(
      { buffer: Buffer.from(await exportSample()) },
      { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] },
    )
    expect(quoted.value).toContain(
      '<blockquote><p>Vi vil være familiens bedste valg på landet.</p></blockquote>',
    )
  })

  it('never prints a section prompt', async () => {
    const { value } = await toHtml(await exportSample())
    expect(value).not.toContain('Skriv her hvem planen er lavet af')
  })
})
