import type { ContextMenuParams, MenuItemConstructorOptions, Session } from 'electron'
import type { Labels } from './labels'

/** Danish first. Windows and macOS use the system's own spell checker and may offer 'da-DK' rather
 * than 'da'; when no Danish dictionary exists at all the defaults stay (an unknown code throws). */
export function pickSpellCheckerLanguages(available: readonly string[]): string[] {
  for (const wanted of ['da', 'da-DK']) if (available.includes(wanted)) return [wanted]
  const anyDanish = available.find((l) => l.toLowerCase().startsWith('da'))
  return anyDanish ? [anyDanish] : []
}

export function configureSpellChecker(
  session: Pick<Session, 'setSpellCheckerLanguages' | 'availableSpellCheckerLanguages'>,
): string[] {
  const languages = pickSpellCheckerLanguages(session.availableSpellCheckerLanguages ?? [])
  if (languages.length === 0) return []
  try {
    session.setSpellCheckerLanguages(languages)
    return languages
  } catch {
    return []
  }
}

type MenuParams = Pick<
  ContextMenuParams,
  'misspelledWord' | 'dictionarySuggestions' | 'isEditable' | 'selectionText' | 'editFlags'
>

export type SpellActions = {
  replaceMisspelling(word: string): void
  addToDictionary(word: string): void
}

/** The right-click menu: spelling suggestions first (where a word is misspelled), then
 * "Føj til ordbog", then cut/copy/paste. Empty when there is nothing to offer. */
export function buildContextMenuTemplate(
  params: MenuParams,
  labels: Labels,
  actions: SpellActions,
): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, 6)
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) })
    }
    if (suggestions.length === 0) items.push({ label: labels.noSuggestions, enabled: false })
    items.push({ label: labels.addToDictionary, click: () => actions.addToDictionary(word) })
    items.push({ type: 'separator' })
  }
  const flags = params.editFlags
  if (params.isEditable) {
    items.push({ role: 'cut', label: labels.cut, enabled: flags.canCut })
    items.push({ role: 'copy', label: labels.copy, enabled: flags.canCopy })
    items.push({ role: 'paste', label: labels.paste, enabled: flags.canPaste })
    items.push({ role: 'selectAll', label: labels.selectAll, enabled: flags.canSelectAll })
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', label: labels.copy, enabled: flags.canCopy })
  }
  return items
}
