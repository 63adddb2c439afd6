import { useTranslation } from 'react-i18next'
import type { SurveyRead } from '../../../../shared/model/datapakke'

export type SurveyPicks = { questions: Set<string>; quotes: Set<string> }

type Props = { survey: SurveyRead; index: number; picks: SurveyPicks; onPicks: (p: SurveyPicks) => void }

const toggle = (set: Set<string>, key: string, on: boolean) => {
  const next = new Set(set)
  if (on) next.add(key)
  else next.delete(key)
  return next
}

/** A survey's questions: a closed one is chosen as a table of counts and percentages, an open
 * one's answers are chosen one by one as quotes. */
export function SurveyChoice({ survey, index, picks, onPicks }: Props) {
  const { t } = useTranslation('datapakke')
  return (
    <fieldset className="datapakke-list">
      <legend>
        {t('surveys')}: {survey.name} ({t('respondents', { count: survey.respondents })})
      </legend>
      {survey.questions.map((q, qi) => {
        const key = `${index}:${qi}`
        if (q.kind === 'closed') {
          return (
            <div key={key} className="datapakke-item">
              <label className="datapakke-check">
                <input
                  type="checkbox"
                  checked={picks.questions.has(key)}
                  onChange={(e) =>
                    onPicks({ ...picks, questions: toggle(picks.questions, key, e.target.checked) })
                  }
                />
                <span className="datapakke-name">{q.question}</span>
              </label>
              <span className="datapakke-size">{q.multiple ? t('closedMultiple') : t('closed')}</span>
              {q.flagged.length > 0 && (
                <p className="datapakke-privacy" role="note">
                  {t('privacy', { count: q.flagged.length })}
                </p>
              )}
            </div>
          )
        }
        return (
          <fieldset key={key} className="datapakke-item datapakke-quotes">
            <legend>
              {q.question} – {t('open', { count: q.answers.length })}
            </legend>
            {q.answers.map((a, ai) => (
              <label key={ai} className="datapakke-check">
                <input
                  type="checkbox"
                  checked={picks.quotes.has(`${key}:${ai}`)}
                  onChange={(e) =>
                    onPicks({ ...picks, quotes: toggle(picks.quotes, `${key}:${ai}`, e.target.checked) })
                  }
                />
                <span>{a}</span>
              </label>
            ))}
          </fieldset>
        )
      })}
    </fieldset>
  )
}
