import { useTranslation } from 'react-i18next'

/**
 * Screens that features plug in. The catalogue manager belongs to the focus-area feature; until it
 * is registered here the menu entry explains what will be there rather than showing a blank page.
 */
function CataloguesPending() {
  const { t } = useTranslation()
  return (
    <main className="page">
      <h1>{t('nav.catalogues')}</h1>
    </main>
  )
}

export const screens = { Catalogues: CataloguesPending }
