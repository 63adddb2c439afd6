import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { INITIATIVE_TEXT_MAX } from '../../../../../shared/document/initiative/initiativeAttrs'
import { useId, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { INITIATIVE_STATUSES } from '../../../../../shared/document/initiative/status'
import { withStatusChange } from '../../../../../shared/document/initiative/statusHistory'
import { localToday } from '../../year/yearWords'
import { collectInitiatives, normaliseInitiativeAttrs } from '../../../../../shared/derive/initiatives'
import type { DocJSON } from '../../../../../shared/model/plan'
import { editorPlan } from './editorPlan'
import { FundDialog } from './FundDialog'
import { formatKr } from '../../../../../shared/derive/format'
import { CardMenu } from './CardMenu'
import { canMove, runCardAction } from './cardActions'
import { setCollapsed, useCollapsed } from './cardViewState'
import { useFocusState } from './focusState'
import { InitiativeFieldGrid } from './InitiativeFieldGrid'
import { InitiativeFocusRow } from './InitiativeFocusRow'
import './nodes.css'

/** What the card's node view (InitiativeNodeView) hands the live card. */
export type InitiativeViewProps = Pick<
  ReactNodeViewProps,
  'node' | 'editor' | 'updateAttributes' | 'getPos' | 'selected'
>

/**
 * The live initiative card: structured fields edited in place above and below its rich-text
 * description. Every field writes straight into the node's attributes, so autosave and undo treat
 * it like text. Far from the screen the card is drawn light, without React (InitiativeNodeView).
 *
 * Like an object in Word, the card is selected by a click on its frame (not on a field or in the
 * text): the editor then holds the whole card as its selection, drawn with a ring, so Delete removes
 * this card and never the text that was selected before, somewhere off screen.
 */
export function InitiativeView({ node, editor, updateAttributes, getPos, selected }: InitiativeViewProps) {
  const { t, i18n } = useTranslation('focus')
  const { t: tc } = useTranslation('cards')
  const { t: tf } = useTranslation('funding')
  const [applying, setApplying] = useState(false)
  // Read when drawn with the dialog open: the screen registers the plan after the first cards are drawn.
  const planOf = applying ? editorPlan(editor) : null
  const uid = useId()
  const attrs = normaliseInitiativeAttrs(node.attrs)
  // Text fields show exactly what was typed: the normalised (trimmed) value would eat the space
  // the user just typed between two words.
  const raw = (key: 'title' | 'lead' | 'group') =>
    typeof node.attrs[key] === 'string' ? (node.attrs[key] as string) : ''
  const { catalogue, highlight } = useFocusState(editor)
  const readOnly = !editor.isEditable
  const set = (patch: Partial<typeof attrs>) => updateAttributes(patch)
  const titleId = `${uid}-title`
  const collapsed = useCollapsed(editor, attrs.id)
  const name = raw('title').trim()

  const selectOnFrame = (e: MouseEvent) => {
    const target = e.target as HTMLElement
    if (readOnly || e.button !== 0) return
    if (
      target.closest(
        'input, select, textarea, button, a, label, [role="listbox"], [role="menu"], [data-node-view-content]',
      )
    )
      return
    const pos = getPos()
    if (typeof pos !== 'number') return
    // No native mousedown: it would leave the browser's old text selection in place.
    e.preventDefault()
    // view.focus(), not the chain's focus(): that one puts back the selection from before the click.
    if (editor.commands.selectInitiative(pos)) editor.view.focus()
  }

  // Ctrl+Z in a field or on the card's buttons: ProseMirror never sees keys from inside the card,
  // and the browser's own undo cannot rewind a field React keeps in step with the document. Each
  // field edit is already a step in the editor's history, so Ctrl+Z here goes there: the same undo
  // as the toolbar's Fortryd, and the field shows the value from before.
  const undoInCard = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement
    if (readOnly || !(e.ctrlKey || e.metaKey) || e.altKey) return
    if (target.closest('[data-node-view-content]')) return
    const key = e.key.toLowerCase()
    const redo = key === 'y' || (key === 'z' && e.shiftKey)
    if (key !== 'z' && !redo) return
    e.preventDefault()
    e.stopPropagation()
    if (!(redo ? editor.commands.redo() : editor.commands.undo())) return
    // A field that keeps its typed text while focused (amounts, lists) picks up the undone value.
    if (target instanceof HTMLInputElement && target === document.activeElement) {
      target.blur()
      target.focus()
    }
  }

  return (
    <NodeViewWrapper
      role="group"
      className={`initiative-card${selected ? ' initiative-card-selected' : ''}`}
      data-status={attrs.status}
      data-collapsed={collapsed ? 'true' : undefined}
      data-highlight={highlight && attrs.focusAreas.includes(highlight) ? 'true' : undefined}
      aria-labelledby={titleId}
      onMouseDown={selectOnFrame}
      onKeyDown={undoInCard}
    >
      <div className="initiative-head" contentEditable={false}>
        <button
          type="button"
          className="card-fold"
          aria-expanded={!collapsed}
          aria-label={tc(collapsed ? 'collapse.unfold' : 'collapse.fold', {
            title: name || tc('untitled'),
          })}
          onClick={() => setCollapsed(editor, attrs.id, !collapsed)}
        >
          <span aria-hidden="true">{collapsed ? '▸' : '▾'}</span>
        </button>
        <span className="initiative-kind" aria-hidden="true" data-drag-handle>
          {t('initiative.kind')}
        </span>
        <input
          id={titleId}
          className="initiative-title"
          aria-label={t('initiative.title')}
          placeholder={t('initiative.titlePlaceholder')}
          value={raw('title')}
          maxLength={INITIATIVE_TEXT_MAX}
          readOnly={readOnly}
          onChange={(e) => set({ title: e.target.value })}
        />
        <label className="initiative-status">
          <span className="visually-hidden">{t('initiative.status')}</span>
          <select
            value={attrs.status}
            disabled={readOnly}
            data-status={attrs.status}
            onChange={(e) => {
              const status = e.target.value as typeof attrs.status
              // The day of the change stays with the card: Årlig status says when it was done or paused.
              const statusHistory = withStatusChange(attrs.statusHistory, attrs.status, status, localToday())
              set({ status, statusHistory })
            }}
          >
            {INITIATIVE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        {collapsed && (
          <span className="initiative-budget-line">
            {attrs.budget == null
              ? tc('noBudget')
              : formatKr(attrs.budget, i18n.language === 'en' ? 'en' : 'da')}
          </span>
        )}
        {!readOnly && (
          <CardMenu
            title={name}
            movable={() => canMove(editor, getPos())}
            onAction={(action) => runCardAction(editor, getPos(), action, name, tc)}
            onOpen={() => {
              const pos = getPos()
              if (typeof pos === 'number') editor.commands.selectInitiative(pos)
            }}
          />
        )}
      </div>

      <div className="initiative-description-label" contentEditable={false} aria-hidden="true">
        {t('initiative.description')}
      </div>
      <NodeViewContent className="initiative-description" />

      <InitiativeFieldGrid attrs={attrs} raw={raw} readOnly={readOnly} set={set} />
      <InitiativeFocusRow
        focusAreas={attrs.focusAreas}
        catalogue={catalogue}
        readOnly={readOnly}
        setFocusAreas={(focusAreas) => set({ focusAreas })}
      />
      <div className="initiative-funding" contentEditable={false}>
        {attrs.applications.length > 0 && (
          <ul aria-label={tf('dialog.applications')} className="initiative-applications">
            {attrs.applications.map((a) => (
              <li key={a.id} data-status={a.status}>
                {a.fundName}: {tf(`status.${a.status}`)}
                {a.status === 'granted' && a.grantedKr != null
                  ? ` ${formatKr(a.grantedKr, i18n.language === 'en' ? 'en' : 'da')}`
                  : ''}
              </li>
            ))}
          </ul>
        )}
        {!readOnly && (
          <button
            type="button"
            className="btn btn-quiet"
            aria-label={tf('dialog.openFor', { title: name || tc('untitled') })}
            onClick={() => setApplying(true)}
          >
            {tf('dialog.open')}
          </button>
        )}
      </div>
      {applying && planOf && (
        <FundDialog
          planId={planOf.planId}
          flush={planOf.flush}
          entry={
            collectInitiatives(editor.getJSON() as DocJSON).find((e) => e.attrs.id === attrs.id) ?? {
              index: 0,
              attrs,
              descriptionText: node.textContent,
              section: null,
            }
          }
          catalogue={catalogue}
          onSave={(applications) => set({ applications })}
          onClose={() => setApplying(false)}
        />
      )}
    </NodeViewWrapper>
  )
}
