/* The phone page's script, served as it stands at /<code>/phone.js. Kept as text in a module (not a
 * .js file beside it) so the Electron build, vitest and Playwright's loader all bundle it alike. */
export const phoneScript = String.raw`/* The phone page's script. Plain ES5 on purpose (var, XMLHttpRequest, no modules): it must run on
 * an old phone's browser. Every idea is written with textContent, never as markup. */
;(function () {
  'use strict'
  var data = JSON.parse(document.getElementById('meeting-data').textContent)
  var w = data.words
  var base = '/' + data.code + '/'
  var state = null
  var mine = { mine: {}, left: 0 }

  function fill(template, values) {
    return template.replace(/\{\{(\w+)\}\}/g, function (_, k) {
      return values[k] === undefined ? '' : String(values[k])
    })
  }

  function randomToken() {
    var out = ''
    var chars = 'abcdefghijklmnopqrstuvwxyz0123456789'
    var bytes = null
    if (window.crypto && window.crypto.getRandomValues) {
      bytes = new Uint8Array(24)
      window.crypto.getRandomValues(bytes)
    }
    for (var i = 0; i < 24; i++) {
      var n = bytes ? bytes[i] : Math.floor(Math.random() * 256)
      out += chars.charAt(n % chars.length)
    }
    return out
  }

  // One browser is one voter: the token lives in this browser's storage, per meeting code.
  var device = null
  var key = 'pv-meeting-' + data.code
  try {
    device = window.localStorage.getItem(key)
  } catch (e) {
    device = null
  }
  if (!device || !/^[A-Za-z0-9]{16,64}$/.test(device)) {
    device = randomToken()
    try {
      window.localStorage.setItem(key, device)
    } catch (e) {
      /* private mode: the token lasts as long as the page */
    }
  }

  function request(method, path, body, done) {
    var xhr = new XMLHttpRequest()
    xhr.open(method, base + path, true)
    xhr.timeout = 10000
    if (body) xhr.setRequestHeader('Content-Type', 'application/json')
    xhr.onload = function () {
      var value = null
      try {
        value = JSON.parse(xhr.responseText)
      } catch (e) {
        value = null
      }
      done(
        xhr.status >= 200 && xhr.status < 300 ? null : (value && value.error) || 'meeting-bad-request',
        value,
      )
    }
    xhr.onerror = xhr.ontimeout = function () {
      done('meeting-offline', null)
    }
    xhr.send(body ? JSON.stringify(body) : null)
  }

  function errorText(reason) {
    return (w.errors && w.errors[reason]) || w.errors['meeting-bad-request']
  }

  var text = document.getElementById('idea-text')
  var count = document.getElementById('idea-count')
  var status = document.getElementById('idea-status')
  var select = document.getElementById('idea-section')
  var list = document.getElementById('ideas')
  var left = document.getElementById('dots-left')

  function showCount() {
    count.textContent = fill(w.charsLeft, { count: 500 - text.value.length })
  }
  text.oninput = showCount
  showCount()

  document.getElementById('idea-form').onsubmit = function (ev) {
    ev.preventDefault()
    var value = text.value.replace(/^\s+|\s+$/g, '')
    if (!value) {
      status.textContent = w.errors['meeting-empty']
      return
    }
    status.textContent = w.sending
    request('POST', 'ideas', { device: device, text: value, section: select.value || null }, function (err) {
      if (err) {
        status.textContent = errorText(err)
        return
      }
      text.value = ''
      showCount()
      status.textContent = w.sent
    })
  }

  function vote(ideaId, delta) {
    request('POST', 'votes', { device: device, ideaId: ideaId, delta: delta }, function (err, value) {
      if (err) {
        left.textContent = errorText(err)
        return
      }
      mine = value.mine
      render()
    })
  }

  function button(label, name, onClick, disabled) {
    var b = document.createElement('button')
    b.type = 'button'
    b.textContent = label
    b.setAttribute('aria-label', name)
    b.disabled = disabled
    b.onclick = onClick
    return b
  }

  function fillSections() {
    if (select.options.length > 1 || !state) return
    for (var i = 0; i < state.sections.length; i++) {
      var o = document.createElement('option')
      o.value = state.sections[i]
      o.textContent = state.sections[i]
      select.appendChild(o)
    }
  }

  function render() {
    if (!state) return
    fillSections()
    var open = state.voting.open
    left.textContent = open
      ? fill(w.dotsLeft, { count: mine.left, total: state.voting.dots })
      : w.votingClosed
    while (list.firstChild) list.removeChild(list.firstChild)
    if (!state.ideas.length) {
      var empty = document.createElement('li')
      empty.textContent = w.noIdeas
      list.appendChild(empty)
    }
    for (var i = 0; i < state.ideas.length; i++) {
      var idea = state.ideas[i]
      var li = document.createElement('li')
      var p = document.createElement('p')
      p.className = 'idea-text'
      p.textContent = idea.text
      li.appendChild(p)
      if (idea.section) {
        var s = document.createElement('p')
        s.className = 'hint'
        s.textContent = idea.section
        li.appendChild(s)
      }
      var own = mine.mine[idea.id] || 0
      var row = document.createElement('div')
      row.className = 'vote-row'
      var dots = document.createElement('span')
      dots.textContent = fill(w.dotsOn, { count: idea.votes, mine: own })
      row.appendChild(
        button(
          '−',
          fill(w.removeDot, { idea: idea.text.slice(0, 60) }),
          makeVote(idea.id, -1),
          !open || own === 0,
        ),
      )
      row.appendChild(dots)
      row.appendChild(
        button(
          '+',
          fill(w.addDot, { idea: idea.text.slice(0, 60) }),
          makeVote(idea.id, 1),
          !open || mine.left === 0 || own >= state.voting.maxPerIdea,
        ),
      )
      li.appendChild(row)
      list.appendChild(li)
    }
  }

  function makeVote(id, delta) {
    return function () {
      vote(id, delta)
    }
  }

  function load() {
    request('GET', 'state?device=' + device, null, function (err, value) {
      if (err) return
      state = value.state
      mine = value.mine
      render()
    })
  }

  load()
  if (window.EventSource) {
    var source = new EventSource(base + 'events')
    source.onmessage = function (ev) {
      var next = JSON.parse(ev.data)
      // The dots left change with the settings (or a merge): ask for this phone's own again.
      var reload = state && (state.voting.dots !== next.voting.dots || state.merges !== next.merges)
      state = next
      if (reload) load()
      else render()
    }
  } else {
    setInterval(load, 4000)
  }
})()
`
