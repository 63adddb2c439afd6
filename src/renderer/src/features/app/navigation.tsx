import { createContext, useContext } from 'react'

/** The app's few screens. No router library: there are no URLs to share in a desktop app. */
export type Route =
  | { name: 'home' }
  | { name: 'new' }
  | { name: 'plan'; id: string }
  | { name: 'settings' }
  | { name: 'catalogues' }
  | { name: 'year' }
  | { name: 'overview' }

export type Navigate = (to: Route) => void

export const NavigationContext = createContext<{ route: Route; navigate: Navigate }>({
  route: { name: 'home' },
  navigate: () => {},
})

export function useNavigation() {
  return useContext(NavigationContext)
}
