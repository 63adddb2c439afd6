import { Settings } from '../../shared/model/settings'
import type { Library } from './store/library'

/** Settings live in library.json; a patch is merged and checked before it is written. */
export function createSettingsStore(library: Library) {
  return {
    get: async (): Promise<Settings> => structuredClone(library.data().settings),
    async set(patch: Partial<Settings>): Promise<Settings> {
      const next = await library.update((d) => {
        d.settings = Settings.parse({ ...d.settings, ...stripUndefined(patch) })
      })
      return structuredClone(next.settings)
    },
  }
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>
}
export type SettingsStore = ReturnType<typeof createSettingsStore>
