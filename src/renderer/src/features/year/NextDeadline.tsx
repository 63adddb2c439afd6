import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { nextDeadline, type NextDeadline as Next } from '../../../../shared/derive/yearItems'
import { api } from '../../api/client'
import { useNavigation } from '../app/navigation'
import { deadlineWhen, langOf, localToday } from './yearWords'
import './year.css'

/** "Næste frist" on the home screen: the nearest deadline in any year wheel in the library or of any
 * plan's application to a fund. */
export function NextDeadline() {
  const { t, i18n } = useTranslation('year')
  const { navigate } = useNavigation()
  const [next, setNext] = useState<Next | null | undefined>(undefined)
  useEffect(() => {
    // A wheel that cannot be read must not hide the plans: the card then simply does not show.
    const today = localToday()
    // The plans' applications still being written count too; if they cannot be read, the wheels'
    // deadlines still show.
    Promise.all([api['yearWheels.all'](), api['funding.deadlines']({ today }).catch(() => [])]).then(
      ([wheels, applications]) => setNext(nextDeadline(wheels, today, applications)),
      () => setNext(undefined),
    )
  }, [])
  if (next === undefined) return null
  return (
    <section className="next-deadline" aria-labelledby="next-deadline-title">
      <h2 id="next-deadline-title">{t('next.title')}</h2>
      <p>
        {next ? (
          <>
            <strong>
              {t('next.when', { name: next.name, when: deadlineWhen(next, langOf(i18n.language)) })}
            </strong>{' '}
            <span className="hint">{t('next.from', { municipality: next.municipality })}</span>
          </>
        ) : (
          t('next.none')
        )}
      </p>
      <button type="button" className="btn" onClick={() => navigate({ name: 'year' })}>
        {t('next.open')}
      </button>
    </section>
  )
}
