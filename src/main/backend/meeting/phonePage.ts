import daMeeting from '../../../shared/i18n/locales/da/meeting.json' with { type: 'json' }
import enMeeting from '../../../shared/i18n/locales/en/meeting.json' with { type: 'json' }
import { phoneScript } from './phone/phoneScript'
import { phoneStyle } from './phone/phoneStyle'

export const phoneFiles = { script: phoneScript, style: phoneStyle }

/** Only the page's own script, style and API: no inline script, no other origin, no framing. */
export const PAGE_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ')

const words = { da: daMeeting.phone, en: enMeeting.phone }

/** `<`, `>`, `&` and quotes as entities: the page's words are ours, but stay text whatever they hold. */
function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

/**
 * The phone page: plain HTML the script fills in. Its words come from the app's own locale files;
 * the script reads them from a JSON data block (not run: the CSP allows only phone.js to run).
 * Every idea is put in by the script as text (textContent), never as markup.
 */
export function phonePage(code: string, lang: 'da' | 'en'): string {
  const w = words[lang]
  const other = lang === 'da' ? 'en' : 'da'
  const data = JSON.stringify({ lang, code, words: w }).replace(/</g, '\\u003c')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(w.title)}</title>
<link rel="stylesheet" href="/${code}/phone.css">
</head>
<body>
<main>
<header>
<h1>${escapeHtml(w.title)}</h1>
<a class="lang" href="/${code}/?lang=${other}" lang="${other}">${escapeHtml(w.otherLanguage)}</a>
</header>
<section aria-labelledby="idea-title">
<h2 id="idea-title">${escapeHtml(w.ideaTitle)}</h2>
<form id="idea-form">
<label for="idea-text">${escapeHtml(w.ideaLabel)}</label>
<textarea id="idea-text" maxlength="500" rows="4" required aria-describedby="idea-count"></textarea>
<p id="idea-count" class="hint"></p>
<label for="idea-section">${escapeHtml(w.sectionLabel)}</label>
<select id="idea-section"><option value="">${escapeHtml(w.noSection)}</option></select>
<button type="submit">${escapeHtml(w.send)}</button>
</form>
<p id="idea-status" role="status" aria-live="polite"></p>
</section>
<section aria-labelledby="vote-title">
<h2 id="vote-title">${escapeHtml(w.voteTitle)}</h2>
<p id="dots-left" role="status" aria-live="polite"></p>
<ul id="ideas" class="ideas"></ul>
<p class="hint">${escapeHtml(w.oneBrowser)}</p>
</section>
<noscript><p>${escapeHtml(w.needsScript)}</p></noscript>
</main>
<script type="application/json" id="meeting-data">${data}</script>
<script src="/${code}/phone.js"></script>
</body>
</html>
`
}
