import type { Language } from '../shared/model/settings'
import { t } from '../shared/i18n/translate'

/** The few words the main process shows itself (menus, the clipboard menu, a fatal start error),
 * read from the same locale files as the renderer (src/shared/i18n/locales/<lang>/app.json). */
export function labelsFor(language: Language | undefined) {
  const lang: Language = language === 'en' ? 'en' : 'da'
  return {
    file: t(lang, 'app:menu.file'),
    quit: t(lang, 'app:menu.quit'),
    edit: t(lang, 'app:menu.edit'),
    undo: t(lang, 'app:menu.undo'),
    redo: t(lang, 'app:menu.redo'),
    cut: t(lang, 'app:menu.cut'),
    copy: t(lang, 'app:menu.copy'),
    paste: t(lang, 'app:menu.paste'),
    selectAll: t(lang, 'app:menu.selectAll'),
    view: t(lang, 'app:menu.view'),
    zoomIn: t(lang, 'app:menu.zoomIn'),
    zoomOut: t(lang, 'app:menu.zoomOut'),
    resetZoom: t(lang, 'app:menu.resetZoom'),
    fullScreen: t(lang, 'app:menu.fullScreen'),
    reload: t(lang, 'app:menu.reload'),
    devTools: t(lang, 'app:menu.devTools'),
    startFailedTitle: t(lang, 'app:startFailed.title'),
    startFailed: t(lang, 'app:startFailed.body'),
    dataDirInUse: t(lang, 'app:startFailed.dataDirInUse'),
    crashTitle: t(lang, 'app:crash.title'),
    crashMain: t(lang, 'app:crash.mainError'),
    crashRendererGone: t(lang, 'app:crash.rendererGone'),
    crashReference: (ref: string) => t(lang, 'app:crash.reference', { ref }),
    ok: t(lang, 'app:crash.ok'),
    projectorTitle: t(lang, 'app:projectorWindow'),
  }
}

export type Labels = ReturnType<typeof labelsFor>
