import { useCallback, useEffect, useRef, useState } from 'react'
import { I18nextProvider } from 'react-i18next'
import type { AppInfo } from '../../../../shared/api'
import { api } from '../../api/client'
import { initI18n, i18next } from '../../i18n'
import { initTextSize } from '../textSize/textSize'
import { initSpellSettings } from '../spelling/spellSettings'
import { NavigationContext, type Route } from './navigation'
import { LeaveGuardContext, type LeaveGuard } from './leaveGuard'
import { AppInfoContext } from './AppInfoContext'
import { AppShell } from './AppShell'
import { StartupError } from './StartupError'
import { inBackground } from '../errors/inBackground'
import { ProjectorView } from '../projector/ProjectorView'

/** The projector window's route (main/projectorWindow.ts opens index.html#projector/<planId>). */
const PROJECTOR_HASH = '#projector/'
const projectorPlan = (): string | null =>
  window.location.hash.startsWith(PROJECTOR_HASH)
    ? decodeURIComponent(window.location.hash.slice(PROJECTOR_HASH.length))
    : null

type Boot = { state: 'loading' } | { state: 'ready'; info: AppInfo } | { state: 'failed'; error: unknown }

export function App() {
  const [boot, setBoot] = useState<Boot>({ state: 'loading' })
  const [route, setRoute] = useState<Route>({ name: 'home' })
  const guard = useRef<LeaveGuard | null>(null)

  useEffect(() => {
    // Runs on its own: every failure of the boot lands in its catch and is shown as StartupError.
    inBackground(
      (async () => {
        try {
          const [info, settings] = await Promise.all([api['app.info'](), api['settings.get']()])
          await initI18n(settings.language)
          initTextSize(settings.textSize)
          initSpellSettings(settings)
          setBoot({ state: 'ready', info })
        } catch (error) {
          await initI18n('da')
          setBoot({ state: 'failed', error })
        }
      })(),
      'App',
    )
  }, [])

  // Leaving a screen waits for its guard (the editor flushes its pending save first).
  const navigate = useCallback(async (to: Route) => {
    if (guard.current && !(await guard.current())) return
    guard.current = null
    setRoute(to)
  }, [])
  const setGuard = useCallback((g: LeaveGuard | null) => {
    guard.current = g
  }, [])

  if (boot.state === 'loading') return null
  return (
    <I18nextProvider i18n={i18next}>
      {boot.state === 'failed' ? (
        <StartupError error={boot.error} />
      ) : projectorPlan() ? (
        <ProjectorView planId={projectorPlan()!} />
      ) : (
        <AppInfoContext.Provider value={boot.info}>
          <LeaveGuardContext.Provider value={setGuard}>
            <NavigationContext.Provider
              value={{ route, navigate: (to) => inBackground(navigate(to), 'App') }}
            >
              <AppShell route={route} />
            </NavigationContext.Provider>
          </LeaveGuardContext.Provider>
        </AppInfoContext.Provider>
      )}
    </I18nextProvider>
  )
}
