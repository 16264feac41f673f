/** Putting the caret back exactly where it was when the pause opened. */

/** Remembers the caret in the composer so focus can return to exactly where it was. */
export function caretRestorer(composer: HTMLElement | null): () => void {
  if (!composer) return () => undefined;
  if (composer instanceof HTMLTextAreaElement || composer instanceof HTMLInputElement) {
    const { selectionStart, selectionEnd } = composer;
    return () => {
      if (!composer.isConnected) return;
      composer.focus({ preventScroll: true });
      if (selectionStart !== null && selectionEnd !== null) composer.setSelectionRange(selectionStart, selectionEnd);
    };
  }
  const selection = document.getSelection();
  const range =
    selection && selection.rangeCount > 0 && composer.contains(selection.getRangeAt(0).startContainer)
      ? selection.getRangeAt(0).cloneRange()
      : null;
  return () => {
    if (!composer.isConnected) return;
    composer.focus({ preventScroll: true });
    const current = document.getSelection();
    if (range && current) {
      current.removeAllRanges();
      current.addRange(range);
    }
  };
}
