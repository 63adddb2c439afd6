import { useState, type ReactNode } from 'react'
import type { Editor } from '@tiptap/react'
import { useTranslation } from 'react-i18next'
import { Outline } from './outline/Outline'
import { ErrorBoundary } from '../errors/ErrorBoundary'

export type SidePanelSpec = {
  id: string
  label: string
  /** Drawn after the label in the tab (a count), part of the tab's name. */
  badge?: ReactNode
  render: (editor: Editor) => ReactNode
}

type Props = {
  editor: Editor
  panels: SidePanelSpec[]
  /** The tab shown, when the editor around decides it (a "Vis" elsewhere opens a panel). */
  active?: string
  onActiveChange?: (id: string) => void
}

/** The panel beside the text: the outline first, then whatever other features add (focus areas). */
export function SidePanelTabs({ editor, panels, active: shown, onActiveChange }: Props) {
  const { t } = useTranslation('editor')
  const all: SidePanelSpec[] = [
    { id: 'outline', label: t('outline.title'), render: (e) => <Outline editor={e} /> },
    ...panels,
  ]
  const [own, setOwn] = useState(all[0].id)
  const active = shown ?? own
  const setActive = (id: string) => (onActiveChange ? onActiveChange(id) : setOwn(id))
  const current = all.find((p) => p.id === active) ?? all[0]
  const move = (dir: number) => {
    const i = all.indexOf(current)
    const next = all[(i + dir + all.length) % all.length]
    setActive(next.id)
    document.getElementById(`side-tab-${next.id}`)?.focus()
  }
  return (
    <aside className="side-panel" aria-label={t('side.label')}>
      {all.length > 1 ? (
        <div role="tablist" className="side-tabs" aria-label={t('side.label')}>
          {all.map((p) => (
            <button
              key={p.id}
              id={`side-tab-${p.id}`}
              role="tab"
              type="button"
              aria-selected={p.id === current.id}
              aria-controls={`side-panel-${p.id}`}
              tabIndex={p.id === current.id ? 0 : -1}
              onClick={() => setActive(p.id)}
              onKeyDown={(e) => {
                if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
                  e.preventDefault()
                  move(e.key === 'ArrowRight' ? 1 : -1)
                }
              }}
            >
              {p.label}
              {p.badge}
            </button>
          ))}
        </div>
      ) : (
        <h2 className="side-title">{current.label}</h2>
      )}
      <div
        id={`side-panel-${current.id}`}
        role={all.length > 1 ? 'tabpanel' : undefined}
        aria-labelledby={all.length > 1 ? `side-tab-${current.id}` : undefined}
        className="side-body"
      >
        {/* A panel that fails shows its message in its place; the plan's text beside it stays editable. */}
        <ErrorBoundary key={current.id} where={`editor/${current.id}`} kind="panel">
          {current.render(editor)}
        </ErrorBoundary>
      </div>
    </aside>
  )
}
