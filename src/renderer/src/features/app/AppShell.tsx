import { useTranslation } from 'react-i18next'
import { useNavigation, type Route } from './navigation'
import { HomeScreen } from '../plans/HomeScreen'
import { NewPlanScreen } from '../plans/NewPlanScreen'
import { EditorScreen } from '../editor/EditorScreen'
import { SettingsScreen } from '../settings/SettingsScreen'
import { CataloguesScreen } from '../catalogues/CataloguesScreen'
import { YearScreen } from '../year/YearScreen'
import { OverviewScreen } from '../overview/OverviewScreen'
import { ErrorBoundary } from '../errors/ErrorBoundary'
import './appShell.css'

const NAV: { route: Route['name']; key: string }[] = [
  { route: 'home', key: 'nav.plans' },
  { route: 'catalogues', key: 'nav.catalogues' },
  { route: 'year', key: 'nav.year' },
  { route: 'overview', key: 'nav.overview' },
  { route: 'settings', key: 'nav.settings' },
]

export function AppShell({ route }: { route: Route }) {
  const { t } = useTranslation()
  const { navigate } = useNavigation()
  const inEditor = route.name === 'plan'
  return (
    <div className={inEditor ? 'shell shell-editor' : 'shell'}>
      <header className="topbar">
        <a
          href="#"
          className="brand"
          onClick={(e) => {
            e.preventDefault()
            navigate({ name: 'home' })
          }}
        >
          <span className="brand-mark" aria-hidden="true">
            ◆
          </span>
          <span className="brand-name">{t('appName')}</span>
        </a>
        <nav aria-label={t('nav.main')} className="topnav">
          {NAV.map((n) => (
            <button
              key={n.route}
              type="button"
              className="topnav-link"
              aria-current={route.name === n.route ? 'page' : undefined}
              onClick={() => navigate({ name: n.route } as Route)}
            >
              {t(n.key)}
            </button>
          ))}
        </nav>
      </header>
      <div className="shell-content">
        {/* One boundary per screen, keyed by it: a screen that failed is drawn anew on the next visit. */}
        <ErrorBoundary
          key={route.name === 'plan' ? `plan-${route.id}` : route.name}
          where={`screen/${route.name}`}
          kind="screen"
        >
          {route.name === 'home' && <HomeScreen />}
          {route.name === 'new' && <NewPlanScreen />}
          {route.name === 'plan' && <EditorScreen key={route.id} planId={route.id} />}
          {route.name === 'settings' && <SettingsScreen />}
          {route.name === 'catalogues' && <CataloguesScreen />}
          {route.name === 'year' && <YearScreen />}
          {route.name === 'overview' && <OverviewScreen />}
        </ErrorBoundary>
      </div>
    </div>
  )
}
