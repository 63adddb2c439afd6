/* The phone page's style, served at /<code>/phone.css (a module for the same reason as phoneScript). */
export const phoneStyle = String.raw`/* The phone page: large, calm, readable in a bright hall; the app's colours, no web fonts. */
* {
  box-sizing: border-box;
}
body {
  margin: 0;
  font:
    18px/1.45 system-ui,
    -apple-system,
    'Segoe UI',
    Roboto,
    sans-serif;
  color: #1f2421;
  background: #f6f5f1;
}
main {
  max-width: 40rem;
  margin: 0 auto;
  padding: 1rem;
}
header {
  display: flex;
  justify-content: space-between;
  align-items: baseline;
  gap: 1rem;
}
h1 {
  font-size: 1.5rem;
  margin: 0.5rem 0 1rem;
}
h2 {
  font-size: 1.2rem;
  margin: 1.5rem 0 0.5rem;
}
section {
  background: #fff;
  border: 1px solid #d6d3cb;
  border-radius: 10px;
  padding: 0.5rem 1rem 1rem;
  margin-bottom: 1rem;
}
label {
  display: block;
  font-weight: 600;
  margin: 0.75rem 0 0.25rem;
}
textarea,
select {
  width: 100%;
  font: inherit;
  padding: 0.5rem;
  border: 1px solid #8a8780;
  border-radius: 6px;
  background: #fff;
  color: inherit;
}
button {
  font: inherit;
  min-height: 44px;
  min-width: 44px;
  padding: 0.4rem 1rem;
  border-radius: 6px;
  border: 1px solid #2d6a4f;
  background: #2d6a4f;
  color: #fff;
}
button[disabled] {
  background: #e8e6e0;
  color: #5f5c55;
  border-color: #c9c6be;
}
form button {
  margin-top: 1rem;
  width: 100%;
}
.hint {
  color: #545049;
  font-size: 0.9rem;
  margin: 0.25rem 0;
}
.lang {
  color: #2d6a4f;
}
.ideas {
  list-style: none;
  padding: 0;
  margin: 0;
}
.ideas li {
  border-top: 1px solid #e2dfd8;
  padding: 0.75rem 0;
}
.idea-text {
  margin: 0;
  white-space: pre-wrap;
  overflow-wrap: anywhere;
}
.vote-row {
  display: flex;
  align-items: center;
  gap: 0.75rem;
  margin-top: 0.5rem;
}
:focus-visible {
  outline: 3px solid #b35c00;
  outline-offset: 2px;
}
`
