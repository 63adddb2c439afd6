import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/model/settings'

/** Each feature owns a namespace file (locales/<lang>/<ns>.json); new files are picked up here. */
const files = import.meta.glob('./locales/*/*.json', { eager: true, import: 'default' }) as Record<
  string,
  Record<string, unknown>
>

const resources: Record<string, Record<string, Record<string, unknown>>> = {}
for (const [path, data] of Object.entries(files)) {
  const m = /\.\/locales\/([a-z]+)\/([A-Za-z0-9_-]+)\.json$/.exec(path)
  if (!m) continue
  const [, lng, ns] = m
  resources[lng] ??= {}
  resources[lng][ns] = data
}

export const namespaces = [...new Set(Object.values(resources).flatMap((r) => Object.keys(r)))]

export async function initI18n(language: Language = 'da') {
  await i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'da',
    ns: namespaces,
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  })
  document.documentElement.lang = language
  return i18next
}

export async function setLanguage(language: Language) {
  await i18next.changeLanguage(language)
  document.documentElement.lang = language
}

export { i18next }
