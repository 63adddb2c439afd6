import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { INITIATIVE_STATUSES } from '../../../../../shared/document/initiative/status'
import { normaliseInitiativeAttrs } from '../../../../../shared/derive/initiatives'
import { useFocusState } from './focusState'
import { InitiativeFieldGrid } from './InitiativeFieldGrid'
import { InitiativeFocusRow } from './InitiativeFocusRow'
import { useHydrateWhenNear } from './useHydrateWhenNear'
import './nodes.css'

/**
 * The initiative card: structured fields edited in place above and below its rich-text description.
 * Every field writes straight into the node's attributes, so autosave and undo treat it like text.
 *
 * A card that comes with the plan as it opens starts light (title as text, the fields' space kept
 * empty) and turns live near the visible part of the plan (useHydrateWhenNear). Both forms keep the
 * description in the same place in the tree, so going live never moves the text being edited.
 */
export function InitiativeView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation('focus')
  const uid = useId()
  const [live, wrapperRef, wake] = useHydrateWhenNear(!editor.isInitialized)
  const attrs = normaliseInitiativeAttrs(node.attrs)
  // Text fields show exactly what was typed: the normalised (trimmed) value would eat the space
  // the user just typed between two words.
  const raw = (key: 'title' | 'lead' | 'group') =>
    typeof node.attrs[key] === 'string' ? (node.attrs[key] as string) : ''
  const { catalogue, highlight } = useFocusState(editor)
  const readOnly = !editor.isEditable
  const set = (patch: Partial<typeof attrs>) => updateAttributes(patch)
  const titleId = `${uid}-title`

  return (
    <NodeViewWrapper
      ref={wrapperRef}
      role="group"
      className="initiative-card"
      data-status={attrs.status}
      data-highlight={highlight && attrs.focusAreas.includes(highlight) ? 'true' : undefined}
      aria-labelledby={titleId}
      onFocusCapture={live ? undefined : wake}
      onPointerDownCapture={live ? undefined : wake}
    >
      <div className="initiative-head" contentEditable={false}>
        <span className="initiative-kind" aria-hidden="true" data-drag-handle>
          {t('initiative.kind')}
        </span>
        {live ? (
          <input
            id={titleId}
            className="initiative-title"
            aria-label={t('initiative.title')}
            placeholder={t('initiative.titlePlaceholder')}
            value={raw('title')}
            readOnly={readOnly}
            onChange={(e) => set({ title: e.target.value })}
          />
        ) : (
          <span id={titleId} className="initiative-title initiative-title-light">
            {raw('title')}
          </span>
        )}
        {live && (
          <label className="initiative-status">
            <span className="visually-hidden">{t('initiative.status')}</span>
            <select
              value={attrs.status}
              disabled={readOnly}
              data-status={attrs.status}
              onChange={(e) => set({ status: e.target.value as typeof attrs.status })}
            >
              {INITIATIVE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`status.${s}`)}
                </option>
              ))}
            </select>
          </label>
        )}
      </div>

      <div className="initiative-description-label" contentEditable={false} aria-hidden="true">
        {t('initiative.description')}
      </div>
      <NodeViewContent className="initiative-description" />

      {live ? (
        <InitiativeFieldGrid attrs={attrs} raw={raw} readOnly={readOnly} set={set} />
      ) : (
        <div className="initiative-fields-light" contentEditable={false} aria-hidden="true" />
      )}
      {live ? (
        <InitiativeFocusRow
          focusAreas={attrs.focusAreas}
          catalogue={catalogue}
          readOnly={readOnly}
          setFocusAreas={(focusAreas) => set({ focusAreas })}
        />
      ) : (
        <div className="initiative-focus-light" contentEditable={false} aria-hidden="true" />
      )}
    </NodeViewWrapper>
  )
}
