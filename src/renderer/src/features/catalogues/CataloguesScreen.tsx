import { useCallback, useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { CatalogueSummary } from '../../../../shared/model/catalogueSummary'
import { api } from '../../api/client'
import { ConfirmDialog } from '../../components/ConfirmDialog'
import { CatalogueEditor } from './CatalogueEditor'
import { CatalogueError } from './CatalogueError'
import { blankCatalogue, copyOf } from './newCatalogue'
import { inBackground } from '../errors/inBackground'
import './catalogues.css'

type Editing = { catalogue: Catalogue; isNew: boolean }

/** The catalogue manager: the shipped lists, the user's own, import and export as one file. */
export function CataloguesScreen() {
  const { t } = useTranslation(['focus', 'common'])
  const [list, setList] = useState<CatalogueSummary[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const [editing, setEditing] = useState<Editing | null>(null)
  const [deleting, setDeleting] = useState<CatalogueSummary | null>(null)

  const reload = useCallback(() => api['catalogues.list']().then(setList, setError), [])
  useEffect(() => {
    inBackground(reload(), 'CataloguesScreen')
  }, [reload])

  const run = async (fn: () => Promise<string | null>) => {
    setError(null)
    setNotice(null)
    try {
      setNotice(await fn())
    } catch (e) {
      setError(e)
    }
    await reload()
  }

  const importFile = () =>
    run(async () => {
      const r = await api['catalogues.import']()
      return r.status === 'imported'
        ? t('manager.imported', { title: r.catalogue.title, version: r.catalogue.version })
        : null
    })
  const exportFile = (c: CatalogueSummary) =>
    run(async () => {
      const r = await api['catalogues.export']({ id: c.id })
      return r.status === 'saved' ? t('manager.exported', { path: r.path }) : null
    })
  const open = (c: CatalogueSummary) =>
    run(async () => {
      const full = await api['catalogues.get']({ id: c.id })
      setEditing(c.builtIn ? { catalogue: copyOf(full), isNew: true } : { catalogue: full, isNew: false })
      return null
    })

  if (editing) {
    return (
      <CatalogueEditor
        initial={editing.catalogue}
        isNew={editing.isNew}
        onDone={(saved) => {
          setEditing(null)
          if (saved) setNotice(t('manager.saved', { title: saved.title }))
          inBackground(reload(), 'CataloguesScreen')
        }}
      />
    )
  }

  return (
    <main className="page catalogues-page">
      <h1>{t('common:nav.catalogues')}</h1>
      <p className="hint">{t('manager.intro')}</p>
      <div className="catalogues-actions">
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setEditing({ catalogue: blankCatalogue(), isNew: true })}
        >
          {t('manager.new')}
        </button>
        <button type="button" className="btn" onClick={importFile}>
          {t('manager.import')}
        </button>
      </div>
      <div aria-live="polite">{notice && <p className="alert catalogues-notice">{notice}</p>}</div>
      <CatalogueError error={error} onDismiss={() => setError(null)} />
      {list && (
        <ul className="catalogue-list" aria-label={t('manager.listLabel')}>
          {list.map((c) => (
            <li key={c.id} className="catalogue-item">
              <div className="catalogue-item-text">
                <h2>
                  {c.municipality}: {c.title}
                </h2>
                <p>
                  {t('manager.meta', { version: c.version, count: c.focusAreaCount })}
                  {c.adopted && ` · ${t('manager.adopted', { adopted: c.adopted })}`}
                  {c.builtIn && <span className="catalogue-badge">{t('manager.builtIn')}</span>}
                </p>
              </div>
              <div className="catalogue-item-actions">
                <button type="button" className="btn" onClick={() => open(c)}>
                  {c.builtIn ? t('manager.copy') : t('manager.edit')}
                  <span className="visually-hidden">: {c.title}</span>
                </button>
                <button type="button" className="btn" onClick={() => exportFile(c)}>
                  {t('manager.export')}
                  <span className="visually-hidden">: {c.title}</span>
                </button>
                {!c.builtIn && (
                  <button type="button" className="btn btn-danger" onClick={() => setDeleting(c)}>
                    {t('common:actions.delete')}
                    <span className="visually-hidden">: {c.title}</span>
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={t('manager.deleteTitle')}
        body={t('manager.deleteBody', { title: deleting?.title ?? '' })}
        confirmLabel={t('common:actions.delete')}
        danger
        onCancel={() => setDeleting(null)}
        onConfirm={() => {
          const c = deleting
          setDeleting(null)
          if (c)
            inBackground(
              run(
                async () => (
                  await api['catalogues.delete']({ id: c.id }),
                  t('manager.deleted', { title: c.title })
                ),
              ),
              'CataloguesScreen',
            )
        }}
      />
    </main>
  )
}
