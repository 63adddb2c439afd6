import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createBackend, type Backend } from '../../../src/main/backend'
import { createCatalogueStore } from '../../../src/main/backend/catalogues/store'
import { catalogueHandlers } from '../../../src/main/handlers/catalogues'
import { RESOURCES, ownCatalogue, scriptedHost, tempDir } from './helpers'

describe('plans.setCatalogue', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let backend: Backend
  beforeEach(async () => {
    ;({ dir, cleanup } = await tempDir())
    backend = await createBackend({ dataDir: dir, resourcesDir: RESOURCES })
  })
  afterEach(async () => {
    await backend.close()
    await cleanup()
  })

  const newPlan = () =>
    backend.plans.create(
      {
        title: 'Udviklingsplan for Bække',
        council: 'Bække Lokalråd',
        kind: 'council',
        villages: [],
        municipality: '',
        templateId: 'blank',
      },
      null,
      null,
    )

  it('copies the catalogue into the plan, which keeps it after the catalogue is deleted', async () => {
    const catalogues = createCatalogueStore({ dataDir: dir, resourcesDir: RESOURCES })
    const api = catalogueHandlers(
      { catalogues, plans: backend.plans, settings: backend.settings },
      scriptedHost().host,
    )
    await api['catalogues.save']({ catalogue: ownCatalogue() })
    const plan = await newPlan()

    const set = await api['plans.setCatalogue']({ id: plan.id, catalogueId: 'billund-2015' })
    expect(set.rev).toBe(plan.rev + 1)
    expect(set.meta.catalogue).toEqual(ownCatalogue())

    await api['catalogues.delete']({ id: 'billund-2015' })
    expect((await backend.plans.get(plan.id)).meta.catalogue?.focusAreas.map((a) => a.title)).toEqual([
      'Første',
      'Anden',
    ])
  })

  it('moves the plan to the newer version when set again, and unlinks with null', async () => {
    const catalogues = createCatalogueStore({ dataDir: dir, resourcesDir: RESOURCES })
    const api = catalogueHandlers(
      { catalogues, plans: backend.plans, settings: backend.settings },
      scriptedHost().host,
    )
    await api['catalogues.save']({ catalogue: ownCatalogue() })
    const plan = await newPlan()
    await api['plans.setCatalogue']({ id: plan.id, catalogueId: 'billund-2015' })
    await api['catalogues.save']({ catalogue: ownCatalogue({ version: '2' }) })
    expect((await backend.plans.get(plan.id)).meta.catalogue?.version).toBe('1')
    await api['plans.setCatalogue']({ id: plan.id, catalogueId: 'billund-2015' })
    expect((await backend.plans.get(plan.id)).meta.catalogue?.version).toBe('2')
    await api['plans.setCatalogue']({ id: plan.id, catalogueId: null })
    expect((await backend.plans.get(plan.id)).meta.catalogue).toBeNull()
  })

  it('leaves the plan alone when the catalogue does not exist', async () => {
    const catalogues = createCatalogueStore({ dataDir: dir, resourcesDir: RESOURCES })
    const api = catalogueHandlers(
      { catalogues, plans: backend.plans, settings: backend.settings },
      scriptedHost().host,
    )
    const plan = await newPlan()
    await expect(api['plans.setCatalogue']({ id: plan.id, catalogueId: 'nope' })).rejects.toMatchObject({
      code: 'not-found',
    })
    expect((await backend.plans.get(plan.id)).rev).toBe(plan.rev)
  })
})
