import i18next from 'i18next'
import { initReactI18next } from 'react-i18next'
import type { Language } from '../../../shared/model/settings'
import { NAMESPACES, resources } from '../../../shared/i18n/resources'

/** The same locale files the main process and the Word export read (src/shared/i18n/locales). */
export const namespaces = NAMESPACES

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
