import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createElectronHost } from '../../../src/main/host'
import { createHandlers } from '../../../src/main/handlers'
import { createFakeElectron } from './fakeElectron'
import { tempBackend } from '../backend/support/tempBackend'

let rig: Awaited<ReturnType<typeof tempBackend>>
beforeEach(async () => {
  rig = await tempBackend()
})
afterEach(() => rig.cleanup())

/** The real handlers on a real backend, with the Electron host over the mocked electron module. */
async function setup() {
  const electron = createFakeElectron()
  const target = join(rig.dataDir, 'Udviklingsplan.docx')
  electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target })
  const host = createElectronHost({ ...electron, window: () => null } as never)
  const handlers = createHandlers(rig.backend, host)
  const plan = await handlers['plans.create']({
    title: 'Udviklingsplan',
    council: 'Bøvl Lokalråd',
    kind: 'council',
    villages: [],
    municipality: '',
    templateId: 'blank',
    catalogueId: null,
  })
  return { electron, handlers, plan, target }
}

describe('Åbn i Word / Vis i mappen', () => {
  it('opens and shows the Word file the app has just exported', async () => {
    const { electron, handlers, plan, target } = await setup()
    const res = await handlers['plans.exportDocx']({ id: plan.id, options: { reviewCopy: false } })
    expect(res).toEqual({ status: 'saved', path: target, notices: [] })
    await handlers['shell.openExported']({ path: target })
    await handlers['shell.showExportedInFolder']({ path: target })
    expect(electron.shell.openPath.mock.calls).toEqual([[target]])
    expect(electron.shell.showItemInFolder.mock.calls).toEqual([[target]])
  })

  it.each([
    ['a file never exported', (t: string) => t.replace('Udviklingsplan.docx', 'andet.docx')],
    ['a program', () => '/usr/bin/xterm'],
    ['the exported path before it was exported', (t: string) => t],
    ['a path that only looks like it', (t: string) => `${t}/../../../../etc/passwd`],
  ])('refuses %s with reason not-exported and asks the shell nothing', async (_what, pathFor) => {
    const { electron, handlers, target } = await setup()
    const path = pathFor(target)
    await expect(handlers['shell.openExported']({ path })).rejects.toMatchObject({
      code: 'invalid-input',
      details: { reason: 'not-exported' },
    })
    await expect(handlers['shell.showExportedInFolder']({ path })).rejects.toMatchObject({
      details: { reason: 'not-exported' },
    })
    expect(electron.shell.openPath).not.toHaveBeenCalled()
    expect(electron.shell.showItemInFolder).not.toHaveBeenCalled()
  })

  it("says so when the system has no program for the file (Electron's error text)", async () => {
    const { electron, handlers, plan, target } = await setup()
    await handlers['plans.exportDocx']({ id: plan.id, options: { reviewCopy: false } })
    electron.shell.openPath.mockResolvedValueOnce('No application is associated with the file')
    await expect(handlers['shell.openExported']({ path: target })).rejects.toMatchObject({
      code: 'io',
      details: { reason: 'open-failed' },
    })
  })
})
