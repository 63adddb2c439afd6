/** Text with case and white space evened out, and where each of its characters came from. */
export type Normalised = { text: string; map: number[] }

/** Lower case, one space for any run of white space, with a map back to the original offsets. */
export function normalise(s: string): Normalised {
  let text = ''
  const map: number[] = []
  let space = false
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (/\s/.test(c)) {
      if (space) continue
      space = true
      text += ' '
    } else {
      space = false
      text += c.toLowerCase()
    }
    map.push(i)
  }
  map.push(s.length)
  return { text, map }
}
