import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useEffect, useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { yearItems } from '../../../../shared/derive/yearItems'
import { blockYear } from '../../../../shared/document/yearWheelBlock/yearWheelBlockAttrs'
import type { YearWheel, YearWheelSummary } from '../../../../shared/model/yearWheel'
import { api } from '../../api/client'
import { useDerivedDoc } from '../editor/nodes/derivedSource'
import { YearWheelChart } from './YearWheelChart'
import { YearList } from './YearList'
import { localToday } from './yearWords'
import './year.css'

/**
 * "Årshjul" in the plan: the wheel and year chosen in the block's attributes, drawn as on the
 * Årshjul screen with the list beneath it (what a screen reader reads), live from the plan's
 * initiatives. The choice is an attribute, so undo, autosave and the Word export follow it.
 */
export function YearWheelBlockView({ editor, node, updateAttributes, selected }: ReactNodeViewProps) {
  const { t } = useTranslation('year')
  const uid = useId()
  const doc = useDerivedDoc(editor)
  const today = localToday()
  const wheelId = typeof node.attrs.wheelId === 'string' ? node.attrs.wheelId : ''
  const year = blockYear({ year: typeof node.attrs.year === 'number' ? node.attrs.year : null }, today)
  const [summaries, setSummaries] = useState<YearWheelSummary[]>([])
  const [wheel, setWheel] = useState<YearWheel | null | 'missing'>(null)

  useEffect(() => {
    void api['yearWheels.list']().then(setSummaries, () => setSummaries([]))
  }, [])
  useEffect(() => {
    if (!wheelId) return setWheel(null)
    let live = true
    api['yearWheels.get']({ id: wheelId }).then(
      (w) => live && setWheel(w),
      () => live && setWheel('missing'),
    )
    return () => {
      live = false
    }
  }, [wheelId])
  const items = useMemo(
    () => (wheel && wheel !== 'missing' ? yearItems(wheel, doc, year) : []),
    [wheel, doc, year],
  )
  const editable = editor.isEditable

  return (
    <NodeViewWrapper
      className="derived-block year-block"
      data-selected={selected || undefined}
      data-drag-handle
    >
      <div className="derived-head" contentEditable={false}>
        <div className="derived-title">{t('block.title')}</div>
        <span className="derived-note">{t('block.live')}</span>
      </div>
      <div className="year-block-choices" contentEditable={false}>
        <label htmlFor={`${uid}-wheel`}>{t('block.wheel')}</label>
        <select
          id={`${uid}-wheel`}
          value={wheelId}
          disabled={!editable}
          onChange={(e) => updateAttributes({ wheelId: e.target.value })}
        >
          <option value="">{t('block.none')}</option>
          {summaries.map((s) => (
            <option key={s.id} value={s.id}>
              {s.municipality}: {s.title}
            </option>
          ))}
        </select>
        <label htmlFor={`${uid}-year`}>{t('block.year')}</label>
        <input
          id={`${uid}-year`}
          type="number"
          min={1900}
          max={2200}
          value={year}
          disabled={!editable}
          onChange={(e) => {
            const n = Number(e.target.value)
            if (Number.isInteger(n) && n >= 1900 && n <= 2200) updateAttributes({ year: n })
          }}
        />
      </div>
      {wheel === 'missing' ? (
        <p className="derived-empty">{t('block.missing')}</p>
      ) : !wheel ? (
        <p className="derived-empty">{wheelId ? t('block.loading') : t('block.none')}</p>
      ) : (
        <div className="year-block-body" contentEditable={false}>
          <YearWheelChart items={items} year={year} today={today} />
          <YearList items={items} year={year} />
        </div>
      )}
    </NodeViewWrapper>
  )
}
