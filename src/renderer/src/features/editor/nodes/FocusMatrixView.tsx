import { NodeViewWrapper, type ReactNodeViewProps } from '@tiptap/react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { focusMatrix } from '../../../../../shared/derive'
import { useFocusState } from './focusState'
import { useDerivedDoc } from './derivedSource'
import { JumpToInitiative, usePrintedAsPdf } from './JumpToInitiative'
import './nodes.css'

/** "Sammenhæng med kommunens indsatsområder": initiatives against focus areas, live from the text. */
export function FocusMatrixView({ editor, selected }: ReactNodeViewProps) {
  const { t } = useTranslation('focus')
  const doc = useDerivedDoc(editor)
  const printing = usePrintedAsPdf(editor)
  const { catalogue } = useFocusState(editor)
  const matrix = useMemo(() => focusMatrix(doc, catalogue), [doc, catalogue])

  return (
    <NodeViewWrapper className="derived-block" data-selected={selected || undefined} data-drag-handle>
      <div className="derived-head" contentEditable={false}>
        <div className="derived-title">{t('matrix.title')}</div>
        <span className="derived-note">{t('derived.live')}</span>
      </div>
      {!catalogue ? (
        <p className="derived-empty">{t('matrix.noCatalogue')}</p>
      ) : matrix.rows.length === 0 ? (
        <p className="derived-empty">{t('matrix.empty')}</p>
      ) : (
        <div className="derived-scroll">
          <table className="derived-table matrix-table">
            <caption className="visually-hidden">{t('matrix.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('matrix.initiative')}</th>
                {matrix.columns.map((c) => (
                  <th
                    scope="col"
                    key={c.id}
                    className="matrix-col"
                    style={{ ['--chip' as string]: c.colour }}
                  >
                    <span className="focus-chip-mark" aria-hidden="true" />
                    {c.number != null ? `${c.number}. ` : ''}
                    {c.title}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.initiative.index} data-unlinked={r.cells.every((c) => !c) || undefined}>
                  <th scope="row">
                    <JumpToInitiative
                      editor={editor}
                      index={r.initiative.index}
                      name={r.name}
                      printing={printing}
                    />
                  </th>
                  {r.cells.map((on, i) => (
                    <td key={matrix.columns[i].id} className="matrix-cell">
                      {on ? (
                        <span aria-label={t('matrix.yes')}>●</span>
                      ) : (
                        <span className="visually-hidden">{t('matrix.no')}</span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </NodeViewWrapper>
  )
}
