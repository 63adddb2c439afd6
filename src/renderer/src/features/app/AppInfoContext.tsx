import { createContext, useContext } from 'react'
import type { AppInfo } from '../../../../shared/api'

export const AppInfoContext = createContext<AppInfo>({
  version: '',
  dataDir: '',
  readOnly: false,
  assetBase: '',
  startup: [],
})

export function useAppInfo() {
  return useContext(AppInfoContext)
}
