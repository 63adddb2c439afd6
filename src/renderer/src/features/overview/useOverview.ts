import { useCallback, useEffect, useRef, useState } from 'react'
import { inBackground } from '../errors/inBackground'
import type { Catalogue } from '../../../../shared/model/catalogue'
import type { CatalogueSummary } from '../../../../shared/model/catalogueSummary'
import type { OverviewEntry } from '../../../../shared/model/overview'
import { api } from '../../api/client'

/** The collection and the catalogues to judge it against; the chosen catalogue defaults to the one
 * most plans use. */
export function useOverview() {
  const [entries, setEntries] = useState<OverviewEntry[] | null>(null)
  const [setAside, setSetAside] = useState<string | null>(null)
  const [catalogues, setCatalogues] = useState<CatalogueSummary[]>([])
  const [catalogueId, setCatalogueId] = useState('')
  // Until the consultant picks one, the choice follows the plans (after each add).
  const picked = useRef(false)
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null)
  const [error, setError] = useState<unknown>(null)

  const reload = useCallback(async () => {
    try {
      const [list, cats] = await Promise.all([api['overview.list'](), api['catalogues.list']()])
      setEntries(list.entries)
      setSetAside(list.setAside)
      setCatalogues(cats)
      setCatalogueId((current) => {
        if (picked.current && cats.some((c) => c.id === current)) return current
        const uses = new Map<string, number>()
        for (const e of list.entries)
          if (e.catalogue) uses.set(e.catalogue.id, (uses.get(e.catalogue.id) ?? 0) + 1)
        const ranked = [...cats].sort((a, b) => (uses.get(b.id) ?? 0) - (uses.get(a.id) ?? 0))
        return ranked[0]?.id ?? ''
      })
    } catch (e) {
      setError(e)
    }
  }, [])
  useEffect(() => {
    inBackground(reload(), 'useOverview')
  }, [reload])
  useEffect(() => {
    if (!catalogueId) return setCatalogue(null)
    let live = true
    api['catalogues.get']({ id: catalogueId }).then(
      (c) => live && setCatalogue(c),
      (e: unknown) => live && setError(e),
    )
    return () => {
      live = false
    }
  }, [catalogueId])
  const choose = useCallback((id: string) => {
    picked.current = true
    setCatalogueId(id)
  }, [])
  return {
    entries,
    setAside,
    catalogues,
    catalogueId,
    setCatalogueId: choose,
    catalogue,
    error,
    setError,
    reload,
  }
}
