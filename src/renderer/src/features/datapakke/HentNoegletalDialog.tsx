import { useState, type DragEvent } from 'react'
import { inBackground } from '../errors/inBackground'
import { useTranslation } from 'react-i18next'
import { api } from '../../api/client'
import { ErrorMessage } from '../../components/ErrorMessage'
import { Modal } from '../../components/Modal'
import { readAsBase64 } from '../editor/images/readImageFile'
import type { DatapakkeRead, TextEncoding } from '../../../../shared/model/datapakke'
import type { KeyFigureTable } from '../../../../shared/model/keyFigures'
import { TableChoice, tableOf, type Pivots } from './TableChoice'
import { SurveyChoice, type SurveyPicks } from './SurveyChoice'
import './datapakke.css'

type Props = {
  open: boolean
  onClose: () => void
  /** The chosen tables (data tables and closed survey questions), in the order shown. */
  onTables: (tables: KeyFigureTable[]) => void
  /** Free-text survey answers chosen as quotes. */
  onQuotes: (answers: string[]) => void
}

type Source = { kind: 'dialog'; token: string } | { kind: 'drop'; fileName: string; data: string }
type Read = Extract<DatapakkeRead, { status: 'read' }>
type Asking = Extract<DatapakkeRead, { status: 'ask-encoding' }>

/**
 * "Hent nøgletal": a data file chosen or dropped, its tables and survey questions previewed, the
 * user chooses which to take. What comes back is KeyFigureTables (and quotes): the caller inserts
 * them. Nothing is inserted until "Indsæt"; a file that cannot be read says why and changes nothing.
 */
export function HentNoegletalDialog({ open, onClose, onTables, onQuotes }: Props) {
  const { t } = useTranslation('datapakke')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [source, setSource] = useState<Source | null>(null)
  const [asking, setAsking] = useState<Asking | null>(null)
  const [encoding, setEncoding] = useState<TextEncoding | null>(null)
  const [read, setRead] = useState<Read | null>(null)
  const [chosenTables, setChosenTables] = useState<Set<number>>(new Set())
  const [pivots, setPivots] = useState<Pivots>({})
  const [survey, setSurvey] = useState<SurveyPicks>({ questions: new Set(), quotes: new Set() })

  function reset() {
    setAsking(null)
    setRead(null)
    setEncoding(null)
    setChosenTables(new Set())
    setPivots({})
    setSurvey({ questions: new Set(), quotes: new Set() })
  }

  async function run(
    next: () => Promise<DatapakkeRead | { status: 'cancelled' }>,
    from: (r: DatapakkeRead) => Source | null,
  ) {
    setBusy(true)
    setError(null)
    try {
      const result = await next()
      if (result.status === 'cancelled') return
      reset()
      const s = from(result)
      if (s) setSource(s)
      if (result.status === 'ask-encoding') {
        setAsking(result)
        setEncoding(result.candidates[0]?.encoding ?? null)
      } else setRead(result)
    } catch (e) {
      setError(e)
    } finally {
      setBusy(false)
    }
  }

  const choose = () =>
    run(
      () => api['datapakke.open']({}),
      (r) => ('token' in r && typeof r.token === 'string' ? { kind: 'dialog', token: r.token } : null),
    )

  // A folder is read whole at once: there is no single file to read again in another encoding.
  const chooseFolder = () =>
    run(
      () => api['datapakke.openFolder'](),
      () => null,
    )

  async function drop(e: DragEvent) {
    e.preventDefault()
    const file = e.dataTransfer.files[0]
    if (!file) return
    const data = await readAsBase64(file)
    await run(
      () => api['datapakke.read']({ fileName: file.name, data }),
      () => ({ kind: 'drop', fileName: file.name, data }),
    )
  }

  function answerEncoding() {
    if (!source || !encoding) return
    const s = source
    inBackground(
      run(
        () =>
          s.kind === 'dialog'
            ? api['datapakke.open']({ token: s.token, encoding })
            : api['datapakke.read']({ fileName: s.fileName, data: s.data, encoding }),
        () => s,
      ),
      'HentNoegletalDialog',
    )
  }

  function insert() {
    if (!read) return
    const tables = read.tables
      .filter((_, i) => chosenTables.has(i))
      .map((r) => tableOf(r, pivots[read.tables.indexOf(r)]))
    const closed = read.surveys.flatMap((s, si) =>
      s.questions.flatMap((q, qi) =>
        q.kind === 'closed' && survey.questions.has(`${si}:${qi}`) ? [q.table] : [],
      ),
    )
    const quotes = read.surveys.flatMap((s, si) =>
      s.questions.flatMap((q, qi) =>
        q.kind === 'open' ? q.answers.filter((_, ai) => survey.quotes.has(`${si}:${qi}:${ai}`)) : [],
      ),
    )
    if (tables.length + closed.length > 0) onTables([...tables, ...closed])
    if (quotes.length > 0) onQuotes(quotes)
    reset()
    onClose()
  }

  const count = chosenTables.size + [...survey.questions].length + survey.quotes.size

  return (
    <Modal
      title={t('title')}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="btn" onClick={onClose}>
            {t('cancel')}
          </button>
          <button type="button" className="btn btn-primary" disabled={count === 0} onClick={insert}>
            {count === 0 ? t('insert') : t('insertCount', { count })}
          </button>
        </>
      }
    >
      <div
        className="datapakke"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => inBackground(drop(e), 'HentNoegletalDialog')}
      >
        <p>{t('intro')}</p>
        <button
          type="button"
          className="btn"
          onClick={() => inBackground(choose(), 'HentNoegletalDialog')}
          disabled={busy}
          aria-busy={busy}
        >
          {busy ? t('busy') : t('choose')}
        </button>{' '}
        <button
          type="button"
          className="btn"
          onClick={() => inBackground(chooseFolder(), 'HentNoegletalDialog')}
          disabled={busy}
        >
          {t('chooseFolder')}
        </button>
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        {asking && (
          <fieldset className="datapakke-encoding">
            <legend>{t('encoding.legend')}</legend>
            <p>{t('encoding.help')}</p>
            {asking.candidates.map((c) => (
              <label key={c.encoding} className="datapakke-encoding-choice">
                <input
                  type="radio"
                  name="encoding"
                  checked={encoding === c.encoding}
                  onChange={() => setEncoding(c.encoding)}
                />
                <span>{c.encoding}</span>
                <pre>{c.sample}</pre>
              </label>
            ))}
            <button type="button" className="btn btn-primary" onClick={answerEncoding} disabled={busy}>
              {t('encoding.read')}
            </button>
          </fieldset>
        )}
        {read && read.tables.length > 0 && (
          <fieldset className="datapakke-list">
            <legend>{t('tables')}</legend>
            {read.tables.map((table, i) => (
              <TableChoice
                key={table.name}
                read={table}
                chosen={chosenTables.has(i)}
                onChosen={(on) =>
                  setChosenTables((s) => {
                    const next = new Set(s)
                    if (on) next.add(i)
                    else next.delete(i)
                    return next
                  })
                }
                pivot={pivots[i]}
                onPivot={(p) => setPivots((all) => ({ ...all, [i]: p }))}
              />
            ))}
          </fieldset>
        )}
        {read &&
          read.surveys.map((s, si) => (
            <SurveyChoice key={s.name} survey={s} index={si} picks={survey} onPicks={setSurvey} />
          ))}
        {read && read.skipped.length > 0 && (
          <ul className="datapakke-skipped">
            {read.skipped.map((s) => (
              <li key={s.name}>
                {t('skipped', { name: s.name })}: {t([`errors:reasons.${s.reason}`, 'errors:invalid-file'])}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Modal>
  )
}
