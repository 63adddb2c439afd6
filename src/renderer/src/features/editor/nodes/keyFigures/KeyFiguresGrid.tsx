import { useEffect, useRef, useState, type ClipboardEvent, type KeyboardEvent } from 'react'
import { useTranslation } from 'react-i18next'
import type { KeyFigureTable } from '../../../../../../shared/model/keyFigures'
import { readFigure, tableFromTsv } from '../../../../../../shared/document/keyFigures/pasteTable'
import { suggestChartKind } from '../../../../../../shared/document/keyFigures/suggestChart'
import { formatNumber, type Lang } from '../../../../../../shared/derive/format'

type Props = {
  table: KeyFigureTable
  lang: Lang
  editable: boolean
  caption: string
  small: { row: number; column: number }[]
  onChange: (patch: Partial<KeyFigureTable>) => void
  onNotice: (text: string) => void
  describedBy: string
}

const MAX_ROWS = 10_000
const MAX_COLUMNS = 200

/** A number cell: the text as typed while it is being typed ("1.234," on the way to "1.234,5"),
 * the value in the document once it reads as a number; a text that does not is marked invalid. */
function NumberCell(props: {
  value: number | null
  lang: Lang
  label: string
  editable: boolean
  small: boolean
  onValue: (v: number | null) => void
}) {
  const { t } = useTranslation('editor')
  const shown = props.value === null ? '' : formatNumber(props.value, props.lang)
  const [text, setText] = useState(shown)
  const [focused, setFocused] = useState(false)
  useEffect(() => {
    if (!focused) setText(shown)
  }, [shown, focused])
  const read = readFigure(text, props.lang)
  return (
    <input
      className="key-figures-cell num"
      value={text}
      inputMode="decimal"
      readOnly={!props.editable}
      aria-label={props.label}
      aria-invalid={read === undefined || undefined}
      title={
        read === undefined ? t('keyFigures.notANumber') : props.small ? t('keyFigures.smallCell') : undefined
      }
      data-small={props.small || undefined}
      onFocus={() => setFocused(true)}
      onBlur={() => {
        setFocused(false)
        if (read !== undefined) setText(shown)
      }}
      onChange={(e) => {
        setText(e.target.value)
        const v = readFigure(e.target.value, props.lang)
        if (v !== undefined) props.onValue(v)
      }}
    />
  )
}

/** Moves focus to the cell at (row, col) of the grid, if there is one. */
function focusCell(root: HTMLElement | null, row: number, col: number): boolean {
  const cell = root?.querySelector<HTMLInputElement>(`[data-r="${row}"][data-c="${col}"] input`)
  if (!cell) return false
  cell.focus()
  cell.select()
  return true
}

/**
 * The block's data as an editable grid: a real table (caption, column headers, row headers) of
 * inputs. Arrow keys move between cells (left/right at the edge of the text), Enter moves down,
 * Tab moves on as everywhere. A paste of several cells (tab-separated, as Excel copies) replaces
 * the table's data, reads Danish numbers ("1.234,5") and suggests the chart that fits.
 */
export function KeyFiguresGrid({
  table,
  lang,
  editable,
  caption,
  small,
  onChange,
  onNotice,
  describedBy,
}: Props) {
  const { t } = useTranslation('editor')
  const ref = useRef<HTMLTableElement>(null)
  const isSmall = (r: number, c: number) => small.some((s) => s.row === r && s.column === c)
  const setRows = (rows: KeyFigureTable['rows']) => onChange({ rows })

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const input = e.target as HTMLInputElement
    const cell = input.closest<HTMLElement>('[data-r]')
    if (!cell || input.tagName !== 'INPUT') return
    const r = Number(cell.dataset.r)
    const c = Number(cell.dataset.c)
    // At the edge of the text (or with the whole cell selected, as after moving to it), left
    // and right move to the next cell, as in a spreadsheet; inside the text they move the caret.
    const atStart = input.selectionStart === 0
    const atEnd = input.selectionEnd === input.value.length
    let moved = false
    if (e.key === 'ArrowDown' || e.key === 'Enter') moved = focusCell(ref.current, r + 1, c)
    else if (e.key === 'ArrowUp') moved = focusCell(ref.current, r - 1, c)
    else if (e.key === 'ArrowLeft' && atStart) moved = focusCell(ref.current, r, c - 1)
    else if (e.key === 'ArrowRight' && atEnd) moved = focusCell(ref.current, r, c + 1)
    if (moved || e.key === 'Enter') e.preventDefault()
  }

  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    if (!editable) return
    const text = e.clipboardData.getData('text/plain')
    const pasted = tableFromTsv(text, lang)
    if (!pasted) return // one value: the input takes it as typed text
    e.preventDefault()
    const next = { ...table, ...pasted.data }
    onChange({ ...pasted.data, chart: suggestChartKind(next) })
    onNotice(
      pasted.unread
        ? t('keyFigures.pastedUnread', { rows: pasted.data.rows.length, count: pasted.unread })
        : t('keyFigures.pasted', { count: pasted.data.rows.length, rows: pasted.data.rows.length }),
    )
  }

  const addRow = () =>
    table.rows.length < MAX_ROWS &&
    setRows([...table.rows, { label: '', values: table.columns.map(() => null) }])
  const removeRow = (i: number) => table.rows.length > 0 && setRows(table.rows.filter((_, j) => j !== i))
  const addColumn = () =>
    table.columns.length < MAX_COLUMNS &&
    onChange({
      columns: [...table.columns, ''],
      rows: table.rows.map((r) => ({ ...r, values: [...r.values, null] })),
    })
  const removeColumn = (i: number) =>
    table.columns.length > 1 &&
    onChange({
      columns: table.columns.filter((_, j) => j !== i),
      rows: table.rows.map((r) => ({ ...r, values: r.values.filter((_, j) => j !== i) })),
    })

  return (
    <div className="key-figures-grid-wrap">
      <table
        ref={ref}
        className="key-figures-grid"
        onKeyDown={onKeyDown}
        onPaste={onPaste}
        aria-describedby={describedBy}
      >
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" data-r={-1} data-c={0}>
              <input
                className="key-figures-cell"
                value={table.labelHeading}
                readOnly={!editable}
                aria-label={t('keyFigures.labelHeading')}
                placeholder={t('keyFigures.labelHeadingPlaceholder')}
                onChange={(e) => onChange({ labelHeading: e.target.value.slice(0, 200) })}
              />
            </th>
            {table.columns.map((c, i) => (
              <th scope="col" key={i} data-r={-1} data-c={i + 1}>
                <div className="key-figures-colhead">
                  <input
                    className="key-figures-cell"
                    value={c}
                    readOnly={!editable}
                    aria-label={t('keyFigures.columnHeading', { n: i + 1 })}
                    placeholder={t('keyFigures.columnPlaceholder')}
                    onChange={(e) =>
                      onChange({
                        columns: table.columns.map((x, j) => (j === i ? e.target.value.slice(0, 200) : x)),
                      })
                    }
                  />
                  {editable && table.columns.length > 1 && (
                    <button
                      type="button"
                      className="key-figures-remove"
                      aria-label={t('keyFigures.removeColumn', { name: c || i + 1 })}
                      onClick={() => removeColumn(i)}
                    >
                      ×
                    </button>
                  )}
                </div>
              </th>
            ))}
            {editable && <td className="key-figures-actions" />}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              <th scope="row" data-r={r} data-c={0}>
                <input
                  className="key-figures-cell"
                  value={row.label}
                  readOnly={!editable}
                  aria-label={t('keyFigures.rowLabel', { n: r + 1 })}
                  onChange={(e) =>
                    setRows(
                      table.rows.map((x, j) => (j === r ? { ...x, label: e.target.value.slice(0, 200) } : x)),
                    )
                  }
                />
              </th>
              {row.values.map((v, c) => (
                <td key={c} data-r={r} data-c={c + 1}>
                  <NumberCell
                    value={v}
                    lang={lang}
                    editable={editable}
                    small={isSmall(r, c)}
                    label={`${row.label || r + 1}, ${table.columns[c] || c + 1}`}
                    onValue={(value) =>
                      setRows(
                        table.rows.map((x, j) =>
                          j === r ? { ...x, values: x.values.map((y, k) => (k === c ? value : y)) } : x,
                        ),
                      )
                    }
                  />
                </td>
              ))}
              {editable && (
                <td className="key-figures-actions">
                  <button
                    type="button"
                    className="key-figures-remove"
                    aria-label={t('keyFigures.removeRow', { name: row.label || r + 1 })}
                    onClick={() => removeRow(r)}
                  >
                    ×
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
      {editable && (
        <div className="key-figures-buttons">
          <button type="button" className="btn" onClick={addRow}>
            {t('keyFigures.addRow')}
          </button>
          <button type="button" className="btn" onClick={addColumn}>
            {t('keyFigures.addColumn')}
          </button>
        </div>
      )}
    </div>
  )
}
