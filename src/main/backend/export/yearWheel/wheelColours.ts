/**
 * The wheel's colours outside the app (Word has no CSS variables): the values of the app's tokens
 * (styles/tokens.css) and year.css, so the picture in Word is the one on screen.
 */
export const WHEEL_COLOURS = {
  background: '#ffffff',
  month: '#efede7',
  ring: '#dcd8cf',
  text: '#1f2421',
  meeting: '#2d6a4f',
  deadline: '#a4262c',
  initiative: '#1f5f8b',
  initiativeOdd: '#4a7fa8',
  /** A fund's deadline: an outlined pale sector with a solid diamond, apart from the red deadlines. */
  application: '#6b3fa0',
  applicationFill: '#ece4f5',
} as const
