import { useTranslation } from 'react-i18next'
import type { MeetingView } from '../../../../shared/model/meeting'

/** How many ideas fit on the projector in large type; the rest are counted. */
const SHOWN = 7

/** The room's ideas live, the most dots first (this section's ideas ahead of equal others), as
 * text only: an idea with markup in it shows the markup as characters. */
export function RoomIdeas({ view, section }: { view: MeetingView | null; section: string | null }) {
  const { t } = useTranslation('meeting')
  const ideas = (view?.record?.ideas ?? []).filter((i) => !i.hidden && !i.mergedInto)
  const dots = (id: string) => view?.tally[id] ?? 0
  const sorted = [...ideas].sort(
    (a, b) => dots(b.id) - dots(a.id) || Number(b.section === section) - Number(a.section === section),
  )
  const voting = view?.record?.voting
  return (
    <aside className="projector-ideas" aria-labelledby="projector-ideas-title" aria-live="polite">
      <h2 id="projector-ideas-title">{t('projector.ideas', { count: ideas.length })}</h2>
      {voting && (
        <p className="projector-voting">
          {voting.open ? t('projector.votingOpen', { dots: voting.dots }) : t('projector.votingClosed')}
        </p>
      )}
      {ideas.length === 0 ? (
        <p className="projector-none">{t('projector.noIdeas')}</p>
      ) : (
        <ol>
          {sorted.slice(0, SHOWN).map((idea) => (
            <li key={idea.id}>
              <span className="projector-idea-text">{idea.text}</span>
              <span className="projector-dots" aria-label={t('projector.dots', { count: dots(idea.id) })}>
                {dots(idea.id)}
              </span>
            </li>
          ))}
        </ol>
      )}
      {sorted.length > SHOWN && (
        <p className="projector-more">{t('projector.more', { count: sorted.length - SHOWN })}</p>
      )}
    </aside>
  )
}
