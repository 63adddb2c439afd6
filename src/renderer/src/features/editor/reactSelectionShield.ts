/**
 * Keeps React from reading the editor's selection on every commit.
 *
 * Before each commit React notes the focused element's selection, to put it back should the commit
 * move focus away (react-dom's getSelectionInformation). For a contenteditable it finds that
 * selection as character offsets by walking every text node in the element: with the caret in a
 * 300-page plan, each commit (a card going live, the save state, the word count) walked the whole
 * document, about as long as the commit itself. React asks an element that has `selectionStart`
 * for two numbers instead, as for an input; ProseMirror owns and restores this selection itself, so
 * the editor's root answers with inert ones: React skips the walk, and should it ever "restore" them,
 * writing them changes nothing (it then focuses the editor again, which keeps its own selection).
 * React issue #1350 asks for a real opt-out; there is none.
 */
export function shieldSelectionFromReact(root: HTMLElement): void {
  const inert = (value: number | string) => ({ configurable: true, get: () => value, set: () => {} })
  Object.defineProperties(root, {
    selectionStart: inert(0),
    selectionEnd: inert(0),
    // Read by React's restore as `value.length`, to clamp the end it writes back.
    value: inert(''),
  })
}
