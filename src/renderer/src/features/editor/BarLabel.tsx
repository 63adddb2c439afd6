import { Icon } from './toolbar/icons'

/**
 * A button's content in the editor bar: an icon and its words. When the bar runs short of room
 * (a small window or a zoomed projector), editorBar.css hides the words visually; they stay the
 * button's accessible name, and the button's title shows them as a tooltip.
 */
export function BarLabel({ icon, text }: { icon: string; text: string }) {
  return (
    <>
      <Icon name={icon} />
      <span className="bar-label">{text}</span>
    </>
  )
}
