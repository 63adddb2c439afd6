import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useId, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { CHART_KINDS, KeyFigureTable, type ChartKind } from '../../../../../../shared/model/keyFigures'
import { keyFiguresAltText } from '../../../../../../shared/document/keyFigures/altText'
import { drawnChartKind } from '../../../../../../shared/document/keyFigures/suggestChart'
import { smallCounts } from '../../../../../../shared/document/keyFigures/privacy'
import type { Lang } from '../../../../../../shared/derive/format'
import { keyFiguresSvg, svgDataUrl } from './chartSvg'
import { KeyFiguresGrid } from './KeyFiguresGrid'
import './keyFigures.css'

const CHART_SIZE = { width: 640, height: 340 }

/**
 * A Nøgletal block in the editor: title, chart, the data table (an editable grid that is a real
 * <table> with a caption, so a screen reader gets every number), unit, source line, and a warning
 * when a count of people is under five. The chart is ECharts' SVG shown as an <img> from a data:
 * URL: the CSP allows data: images, and an image's SVG can run no script and reach no styles of
 * the page, so no sanitising is needed (inline SVG would be). Its alt text is made from the data.
 */
export function KeyFiguresView({ node, updateAttributes, selected, editor }: ReactNodeViewProps) {
  const { t, i18n } = useTranslation('editor')
  const lang: Lang = i18n.language === 'en' ? 'en' : 'da'
  // A ProseMirror node's attrs are a new object only when they change: the parse and the chart
  // are made again then, not on every render of the editor.
  const table = useMemo(() => {
    const parsed = KeyFigureTable.safeParse(node.attrs)
    return parsed.success ? parsed.data : null
  }, [node.attrs])
  const [notice, setNotice] = useState('')
  const id = useId()
  const editable = editor.isEditable
  const svg = useMemo(
    () => (table && drawnChartKind(table) !== 'none' ? keyFiguresSvg(table, lang, CHART_SIZE) : null),
    [table, lang],
  )
  if (!table) {
    return (
      <NodeViewWrapper className="key-figures" data-drag-handle>
        <p className="key-figures-warning" contentEditable={false}>
          {t('keyFigures.unreadable')}
        </p>
      </NodeViewWrapper>
    )
  }
  const update = (patch: Partial<KeyFigureTable>) => updateAttributes(patch)
  const alt = keyFiguresAltText(table, lang)
  const small = smallCounts(table)
  return (
    <NodeViewWrapper
      as="figure"
      className="key-figures"
      data-selected={selected || undefined}
      aria-label={t('keyFigures.label')}
    >
      <div className="key-figures-head" contentEditable={false} data-drag-handle>
        <span className="key-figures-kind">{t('keyFigures.label')}</span>
        <label className="key-figures-field key-figures-chart">
          <span>{t('keyFigures.chart')}</span>
          <select
            value={table.chart}
            disabled={!editable}
            onChange={(e) => update({ chart: e.target.value as ChartKind })}
          >
            {CHART_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`keyFigures.kinds.${k}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div contentEditable={false} className="key-figures-body">
        <label className="key-figures-field key-figures-title">
          <span>{t('keyFigures.title')}</span>
          <input
            value={table.title}
            maxLength={300}
            readOnly={!editable}
            placeholder={t('keyFigures.titlePlaceholder')}
            onChange={(e) => update({ title: e.target.value })}
          />
        </label>
        {svg && <img className="key-figures-svg" src={svgDataUrl(svg)} alt={alt} />}
        {table.chart === 'pyramid' && table.columns.length !== 2 && (
          <p className="key-figures-note">{t('keyFigures.pyramidNeedsTwo')}</p>
        )}
        {small.length > 0 && (
          <p className="key-figures-warning" role="note">
            {t('keyFigures.smallCounts', { count: small.length })}
          </p>
        )}
        <KeyFiguresGrid
          table={table}
          lang={lang}
          editable={editable}
          caption={table.title || t('keyFigures.label')}
          small={small}
          onChange={update}
          onNotice={setNotice}
          describedBy={`${id}-hint`}
        />
        <p className="key-figures-hint" id={`${id}-hint`}>
          {t('keyFigures.pasteHint')}
        </p>
        {notice && (
          <p className="key-figures-note" role="status">
            {notice}
          </p>
        )}
        <div className="key-figures-meta">
          <label className="key-figures-field">
            <span>{t('keyFigures.unit')}</span>
            <input
              value={table.unit}
              maxLength={50}
              readOnly={!editable}
              placeholder={t('keyFigures.unitPlaceholder')}
              onChange={(e) => update({ unit: e.target.value })}
            />
          </label>
          <label className="key-figures-field key-figures-source">
            <span>{t('keyFigures.source')}</span>
            <input
              value={table.source}
              maxLength={500}
              readOnly={!editable}
              placeholder={t('keyFigures.sourcePlaceholder')}
              onChange={(e) => update({ source: e.target.value })}
            />
          </label>
        </div>
      </div>
    </NodeViewWrapper>
  )
}
