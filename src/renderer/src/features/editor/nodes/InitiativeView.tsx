import { NodeViewContent, NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { INITIATIVE_STATUSES } from '../../../../../shared/document/initiative/status'
import { normaliseInitiativeAttrs } from '../../../../../shared/derive/initiatives'
import { FocusChip, UnknownFocusChip } from '../../focusAreas/FocusChip'
import { useFocusState } from './focusState'
import { AmountField, ListField, MonthField, TextField } from './InitiativeFields'
import './nodes.css'

/**
 * The initiative card: structured fields edited in place above and below its rich-text description.
 * Every field writes straight into the node's attributes, so autosave and undo treat it like text.
 */
export function InitiativeView({ node, editor, updateAttributes }: ReactNodeViewProps) {
  const { t } = useTranslation('focus')
  const uid = useId()
  const attrs = normaliseInitiativeAttrs(node.attrs)
  // Text fields show exactly what was typed: the normalised (trimmed) value would eat the space
  // the user just typed between two words.
  const raw = (key: 'title' | 'lead' | 'group') =>
    typeof node.attrs[key] === 'string' ? (node.attrs[key] as string) : ''
  const { catalogue, highlight } = useFocusState(editor)
  const readOnly = !editor.isEditable
  const set = (patch: Partial<typeof attrs>) => updateAttributes(patch)
  const areaById = new Map((catalogue?.focusAreas ?? []).map((a) => [a.id, a]))
  const remaining = (catalogue?.focusAreas ?? []).filter((a) => !attrs.focusAreas.includes(a.id))
  const titleId = `${uid}-title`

  return (
    <NodeViewWrapper
      role="group"
      className="initiative-card"
      data-status={attrs.status}
      data-highlight={highlight && attrs.focusAreas.includes(highlight) ? 'true' : undefined}
      aria-labelledby={titleId}
    >
      <div className="initiative-head" contentEditable={false}>
        <span className="initiative-kind" aria-hidden="true" data-drag-handle>
          {t('initiative.kind')}
        </span>
        <input
          id={titleId}
          className="initiative-title"
          aria-label={t('initiative.title')}
          placeholder={t('initiative.titlePlaceholder')}
          value={raw('title')}
          readOnly={readOnly}
          onChange={(e) => set({ title: e.target.value })}
        />
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
      </div>

      <div className="initiative-description-label" contentEditable={false} aria-hidden="true">
        {t('initiative.description')}
      </div>
      <NodeViewContent className="initiative-description" />

      <div className="initiative-fields" contentEditable={false}>
        <TextField
          label={t('initiative.lead')}
          value={raw('lead')}
          readOnly={readOnly}
          onChange={(lead) => set({ lead })}
        />
        <TextField
          label={t('initiative.group')}
          value={raw('group')}
          readOnly={readOnly}
          onChange={(group) => set({ group })}
        />
        <MonthField
          label={t('initiative.start')}
          value={attrs.start}
          readOnly={readOnly}
          onChange={(start) => set({ start })}
        />
        <MonthField
          label={t('initiative.end')}
          value={attrs.end}
          readOnly={readOnly}
          onChange={(end) => set({ end })}
        />
        <AmountField
          label={t('initiative.budget')}
          unit="kr."
          value={attrs.budget}
          readOnly={readOnly}
          onChange={(budget) => set({ budget })}
        />
        <AmountField
          label={t('initiative.ownFunding')}
          unit="kr."
          value={attrs.ownFundingKr}
          readOnly={readOnly}
          onChange={(ownFundingKr) => set({ ownFundingKr })}
        />
        <AmountField
          label={t('initiative.volunteerHours')}
          unit={t('initiative.hours')}
          value={attrs.volunteerHours}
          readOnly={readOnly}
          onChange={(volunteerHours) => set({ volunteerHours })}
        />
        <ListField
          wide
          label={t('initiative.funding')}
          hint={t('initiative.fundingHint')}
          value={attrs.fundingSources}
          readOnly={readOnly}
          onChange={(fundingSources) => set({ fundingSources })}
        />
      </div>

      <div
        className="initiative-focus"
        contentEditable={false}
        role="group"
        aria-label={t('initiative.focusAreas')}
      >
        <span className="initiative-focus-label">{t('initiative.focusAreas')}</span>
        {attrs.focusAreas.length === 0 && (
          <span className="initiative-focus-none">{t('initiative.noFocusAreas')}</span>
        )}
        {attrs.focusAreas.map((id) => {
          const area = areaById.get(id)
          const remove = readOnly ? null : (
            <button
              type="button"
              className="focus-chip-remove"
              aria-label={t('initiative.removeFocusArea', { title: area?.title ?? id })}
              onClick={() => set({ focusAreas: attrs.focusAreas.filter((x) => x !== id) })}
            >
              ×
            </button>
          )
          return area ? (
            <FocusChip key={id} area={area}>
              {remove}
            </FocusChip>
          ) : (
            <UnknownFocusChip key={id} id={id} label={t('initiative.unknownFocusArea')}>
              {remove}
            </UnknownFocusChip>
          )
        })}
        {!readOnly && remaining.length > 0 && (
          <select
            className="initiative-focus-add"
            aria-label={t('initiative.addFocusArea')}
            value=""
            onChange={(e) => e.target.value && set({ focusAreas: [...attrs.focusAreas, e.target.value] })}
          >
            <option value="">{t('initiative.addFocusArea')}</option>
            {remaining.map((a) => (
              <option key={a.id} value={a.id}>
                {a.number != null ? `${a.number}. ` : ''}
                {a.title}
              </option>
            ))}
          </select>
        )}
        {!catalogue && <span className="initiative-focus-none">{t('initiative.noCatalogue')}</span>}
      </div>
    </NodeViewWrapper>
  )
}
