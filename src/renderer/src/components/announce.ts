/**
 * Says a short sentence to screen readers ("Initiativet «Legeplads» er flyttet op") without showing
 * it. One polite live region for the whole window, created on first use and kept in the page, so a
 * screen reader is already watching it when the first message arrives.
 */
let region: HTMLElement | null = null

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region
  region = document.createElement('div')
  region.className = 'visually-hidden'
  region.setAttribute('role', 'status')
  region.setAttribute('aria-live', 'polite')
  region.dataset.testid = 'announcer'
  document.body.append(region)
  return region
}

export function announce(text: string): void {
  const fresh = !region?.isConnected
  const el = liveRegion()
  // Emptied first: the same sentence twice in a row ("flyttet op" again) must be read again. A region
  // made just now gets a moment, or screen readers would not yet be watching it.
  el.textContent = ''
  setTimeout(() => (el.textContent = text), fresh ? 150 : 30)
}
