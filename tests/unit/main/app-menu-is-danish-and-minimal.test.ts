import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildAppMenuTemplate } from '../../../src/main/menu'
import { labelsFor } from '../../../src/main/labels'

const flat = (items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flat(i.submenu) : [])])

describe('application menu', () => {
  it('has Fil, Rediger and Vis with Danish labels on roles', () => {
    const menu = buildAppMenuTemplate(labelsFor('da'), { isPackaged: true, isMac: false })
    expect(menu.map((m) => m.label)).toEqual(['Fil', 'Rediger', 'Vis'])
    const byRole = Object.fromEntries(
      flat(menu)
        .filter((i) => i.role)
        .map((i) => [i.role, i.label]),
    )
    expect(byRole).toMatchObject({
      quit: 'Luk',
      undo: 'Fortryd',
      redo: 'Gentag',
      cut: 'Klip',
      copy: 'Kopiér',
      paste: 'Sæt ind',
      selectAll: 'Markér alt',
      zoomIn: 'Zoom ind',
      zoomOut: 'Zoom ud',
      togglefullscreen: 'Fuld skærm',
    })
  })

  it('has no developer tools or reload when packaged, and has them in development', () => {
    const roles = (isPackaged: boolean) =>
      flat(buildAppMenuTemplate(labelsFor('da'), { isPackaged, isMac: false })).map((i) => i.role)
    expect(roles(true)).not.toContain('toggleDevTools')
    expect(roles(true)).not.toContain('reload')
    expect(roles(false)).toContain('toggleDevTools')
  })

  it("leaves Ctrl+plus, Ctrl+minus and Ctrl+0 to the plan's text size: the window zooms with Shift", () => {
    const items = flat(buildAppMenuTemplate(labelsFor('da'), { isPackaged: true, isMac: false }))
    const zoom = items.filter((i) => i.role === 'zoomIn' || i.role === 'zoomOut' || i.role === 'resetZoom')
    expect(zoom).toHaveLength(3)
    // A role without an accelerator gets Electron's default (Ctrl+plus ...), which the page never sees.
    for (const item of zoom) expect(item.accelerator).toMatch(/^CommandOrControl\+Shift\+/)
  })

  it('switches to English with the setting', () => {
    const menu = buildAppMenuTemplate(labelsFor('en'), { isPackaged: true, isMac: false })
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View'])
  })
})
