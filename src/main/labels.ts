import type { Language } from '../shared/model/settings'

/** The few words the main process shows itself (menus, the clipboard menu, a fatal start error).
 * Everything else is translated in the renderer with i18next. */
const LABELS = {
  da: {
    file: 'Fil',
    quit: 'Luk',
    edit: 'Rediger',
    undo: 'Fortryd',
    redo: 'Gentag',
    cut: 'Klip',
    copy: 'Kopiér',
    paste: 'Sæt ind',
    selectAll: 'Markér alt',
    view: 'Vis',
    zoomIn: 'Zoom ind',
    zoomOut: 'Zoom ud',
    resetZoom: 'Normal størrelse',
    fullScreen: 'Fuld skærm',
    reload: 'Genindlæs',
    devTools: 'Udviklerværktøjer',
    startFailedTitle: 'Planværksted kunne ikke starte',
    startFailed:
      'Planværksted kunne ikke åbne sin datamappe. Dine planer er ikke slettet. Prøv at starte igen; hvis det ikke hjælper, så kontakt den, der har installeret programmet.',
    dataDirInUse:
      'Planværksted er allerede åben og bruger datamappen – måske i et andet vindue eller af en anden bruger på computeren. Luk det andet Planværksted, og start igen. Dine planer er ikke slettet.',
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select all',
    view: 'View',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    resetZoom: 'Actual size',
    fullScreen: 'Full screen',
    reload: 'Reload',
    devTools: 'Developer tools',
    startFailedTitle: 'Planværksted could not start',
    startFailed:
      'Planværksted could not open its data folder. Your plans have not been deleted. Try starting again; if that does not help, contact whoever installed the program.',
    dataDirInUse:
      'Planværksted is already open and using the data folder – perhaps in another window or by another user on this computer. Close the other Planværksted and start again. Your plans have not been deleted.',
  },
} as const

export type Labels = { [K in keyof (typeof LABELS)['da']]: string }

export function labelsFor(language: Language | undefined): Labels {
  return language === 'en' ? LABELS.en : LABELS.da
}
