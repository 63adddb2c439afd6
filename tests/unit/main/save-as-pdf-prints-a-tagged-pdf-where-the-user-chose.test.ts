import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createElectronHost } from '../../../src/main/host'
import { createHandlers } from '../../../src/main/handlers'
import { createFakeElectron, FakeBrowserWindow } from './fakeElectron'
import { tempBackend } from '../backend/support/tempBackend'

let rig: Awaited<ReturnType<typeof tempBackend>>
beforeEach(async () => {
  rig = await tempBackend()
})
afterEach(() => rig.cleanup())

/** The real handlers on a real backend, with the Electron host over the mocked electron module. */
async function setup(opts: { title?: string; window?: boolean } = {}) {
  const electron = createFakeElectron()
  const win = new FakeBrowserWindow({})
  const target = join(rig.dataDir, 'Bøvl til hjemmesiden')
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
  const host = createElectronHost({
    ...electron,
    window: () => (opts.window === false ? null : win),
  } as never)
  const handlers = createHandlers(rig.backend, host)
  const plan = await handlers['plans.create']({
    title: opts.title ?? 'Udviklingsplan for Bøvl',
    council: 'Bøvl Lokalråd',
    kind: 'council',
    villages: [],
    municipality: '',
    templateId: 'blank',
    catalogueId: null,
  })
  return { electron, win, handlers, plan, pdf: `${target}.pdf` }
}

describe('Gem som PDF in the shell', () => {
  it('prints the window as a tagged A4 PDF with bookmarks, header and footer, and writes it where chosen', async () => {
    const { electron, win, handlers, plan, pdf } = await setup()
    const res = await handlers['plans.exportPdf']({ id: plan.id })
    expect(res).toEqual({ status: 'saved', path: pdf })
    expect(readFileSync(pdf, 'latin1')).toMatch(/^%PDF-1\.4/)

    // Asked as a sheet of the window: (window, options).
    const dialogOptions = (electron.dialog.showSaveDialog.mock.calls[0] as unknown[]).at(-1) as {
      title: string
      defaultPath: string
      filters: unknown[]
    }
    expect(dialogOptions.title).toBe('Gem planen som PDF')
    expect(dialogOptions.defaultPath).toMatch(/Udviklingsplan - Bøvl Lokalråd - \d{4}-\d\d-\d\d\.pdf$/)
    expect(dialogOptions.filters).toEqual([{ name: 'PDF-dokument', extensions: ['pdf'] }])

    expect(win.webContents.printToPDF).toHaveBeenCalledTimes(1)
    const options = win.webContents.printToPDF.mock.calls[0][0]
    expect(options).toMatchObject({
      pageSize: 'A4',
      preferCSSPageSize: true,
      printBackground: true,
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      displayHeaderFooter: true,
    })
    expect(options.headerTemplate).toContain('>Udviklingsplan for Bøvl</div>')
    // Chromium draws templates at a tiny size unless told: the style must reach it whole.
    for (const template of [options.headerTemplate, options.footerTemplate]) {
      const style = /^<div style="([^"]*)">/.exec(String(template))?.[1] ?? ''
      expect(style).toContain('font-size:9pt')
      expect(style).toContain('padding:0 2.5cm')
    }
    expect(options.footerTemplate).toContain(
      'Side <span class="pageNumber"></span> af <span class="totalPages">',
    )

    // It is a file the app just wrote, so Åbn and Vis i mappen may open it.
    await handlers['shell.openExported']({ path: pdf })
    expect(electron.shell.openPath.mock.calls).toEqual([[pdf]])
  })

  it('writes the header and footer in English when the app is in English', async () => {
    const { win, handlers, plan, electron } = await setup()
    await handlers['settings.set']({ language: 'en' })
    await handlers['plans.exportPdf']({ id: plan.id })
    const dialogOptions = (electron.dialog.showSaveDialog.mock.calls[0] as unknown[]).at(-1) as {
      title: string
    }
    expect(dialogOptions.title).toBe('Save the plan as a PDF')
    expect(win.webContents.printToPDF.mock.calls[0][0].footerTemplate).toContain(
      'Page <span class="pageNumber">',
    )
  })

  it('escapes the plan title in the header template: it is the user’s text in HTML', async () => {
    const { win, handlers, plan } = await setup({ title: 'Bøvl <img src=x onerror=alert(1)> & "Ålum"' })
    await handlers['plans.exportPdf']({ id: plan.id })
    const header = String(win.webContents.printToPDF.mock.calls[0][0].headerTemplate)
    expect(header).toContain('Bøvl &lt;img src=x onerror=alert(1)&gt; &amp; &quot;Ålum&quot;')
    expect(header).not.toContain('<img')
  })

  it('prints and writes nothing when the save dialog is cancelled', async () => {
    const { electron, win, handlers, plan } = await setup()
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' })
    expect(await handlers['plans.exportPdf']({ id: plan.id })).toEqual({ status: 'cancelled' })
    expect(win.webContents.printToPDF).not.toHaveBeenCalled()
  })

  it.each([
    [
      'printing fails',
      (w: FakeBrowserWindow) => w.webContents.printToPDF.mockRejectedValue(new Error('renderer gone')),
    ],
    [
      'the print is empty',
      (w: FakeBrowserWindow) => w.webContents.printToPDF.mockResolvedValue(Buffer.alloc(0)),
    ],
    [
      'the print is not a PDF',
      (w: FakeBrowserWindow) => w.webContents.printToPDF.mockResolvedValue(Buffer.from('<html>')),
    ],
  ])('when %s: says pdf-failed and leaves the PDF already there as it was', async (_what, breakIt) => {
    const { win, handlers, plan, pdf } = await setup()
    writeFileSync(pdf, '%PDF-1.4 the good one')
    breakIt(win)
    await expect(handlers['plans.exportPdf']({ id: plan.id })).rejects.toMatchObject({
      code: 'io',
      details: { reason: 'pdf-failed' },
    })
    expect(readFileSync(pdf, 'latin1')).toBe('%PDF-1.4 the good one')
    expect(readdirSync(rig.dataDir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('says pdf-failed when there is no window to print', async () => {
    const { handlers, plan, pdf } = await setup({ window: false })
    await expect(handlers['plans.exportPdf']({ id: plan.id })).rejects.toMatchObject({
      details: { reason: 'pdf-failed' },
    })
    expect(existsSync(pdf)).toBe(false)
  })
})
