/** Small null-safe DOM helpers shared by the site adapters. */

/** The first element matching any selector, in selector priority order. */
export function first<T extends Element = HTMLElement>(root: ParentNode | null | undefined, selectors: readonly string[]): T | null {
  if (!root) return null;
  for (const selector of selectors) {
    const found = root.querySelector<T & Element>(selector);
    if (found) return found as T;
  }
  return null;
}

/** Visible text of an element, whitespace collapsed. */
export function textOf(el: Element | null | undefined): string {
  return (el?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Rendered and not hidden: decoy editables are display:none, zero-sized,
 * transparent or aria-hidden. Uses the browser's own visibility check where
 * there is a layout engine, and computed styles where there is not.
 */
export function isShown(el: Element | null | undefined): el is HTMLElement {
  if (!el?.isConnected) return false;
  if (el.closest('[hidden], [aria-hidden="true"], [inert]')) return false;
  const view = el.ownerDocument.defaultView;
  if (typeof el.checkVisibility === 'function') {
    if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) return false;
  } else {
    for (let node: Element | null = el; node; node = node.parentElement) {
      const style = view?.getComputedStyle(node);
      if (style && (style.display === 'none' || style.visibility === 'hidden' || style.opacity === '0')) return false;
    }
  }
  // Zero-size decoys can only be told apart where there is layout (not in DOM-only test environments).
  const hasLayout = el.ownerDocument.documentElement.clientWidth > 0;
  if (!hasLayout) return true;
  const rect = el.getBoundingClientRect();
  return rect.width > 1 && rect.height > 1;
}

/** The first visible element matching any selector. */
export function firstShown(root: ParentNode | null | undefined, selectors: readonly string[]): HTMLElement | null {
  if (!root) return null;
  for (const selector of selectors) {
    for (const el of root.querySelectorAll<HTMLElement>(selector)) {
      if (isShown(el)) return el;
    }
  }
  return null;
}

/** The clickable control around an icon (many sites mark the icon, not the button). */
export function controlAround(el: Element | null | undefined): HTMLElement | null {
  return (el?.closest('button, [role="button"]') as HTMLElement | null) ?? null;
}

/** The first non-empty value of an attribute among matching elements. */
export function attrOf(root: ParentNode | null | undefined, selector: string, attr: string): string {
  if (!root) return '';
  for (const el of root.querySelectorAll(selector)) {
    const value = el.getAttribute(attr)?.trim();
    if (value) return value;
  }
  return '';
}

const BLOCKS = new Set(['P', 'DIV', 'LI', 'BLOCKQUOTE', 'PRE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'TR']);

/**
 * The draft in an editor, with line breaks where the editor shows them, read
 * without forcing layout (no innerText). Placeholders and other
 * non-editable decorations inside the editor are skipped.
 */
export function editableText(el: Element | null | undefined): string {
  if (!el) return '';
  const view = el.ownerDocument.defaultView;
  if (view && (el instanceof view.HTMLTextAreaElement || el instanceof view.HTMLInputElement)) {
    return el.value;
  }
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        out += (child as Text).data;
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.tagName === 'BR') {
          out += '\n';
          continue;
        }
        if (element.getAttribute('contenteditable') === 'false' || element.getAttribute('aria-hidden') === 'true') continue;
        if (element.hasAttribute('data-slate-placeholder') || element.hasAttribute('data-placeholder-text')) continue;
        const block = BLOCKS.has(element.tagName);
        if (block && out && !out.endsWith('\n')) out += '\n';
        walk(element);
        if (block && !out.endsWith('\n')) out += '\n';
      }
    }
  };
  walk(el);
  // Zero-width characters editors keep as caret anchors are not part of the draft.
  return out.replace(/[\u200B\uFEFF]/g, '').replace(/\n+$/, '');
}

/**
 * The elements under `root` from the last to the first (reverse document
 * order), visited lazily: reading "the newest few" of a long thread costs
 * only those few, not the whole list.
 */
export function* elementsFromEnd(root: Element): Generator<Element> {
  let node: Element | null = root.lastElementChild;
  while (node?.lastElementChild) node = node.lastElementChild;
  while (node && node !== root) {
    yield node;
    if (node.previousElementSibling) {
      node = node.previousElementSibling;
      while (node.lastElementChild) node = node.lastElementChild;
    } else {
      node = node.parentElement;
    }
  }
}

/** Up to `n` elements matching `selector`, newest (last in the document) first. */
export function lastMatching(root: ParentNode | null | undefined, selector: string, n: number): Element[] {
  const out: Element[] = [];
  const top = root && 'documentElement' in root ? (root as Document).documentElement : (root as Element | null | undefined);
  if (!top || n <= 0) return out;
  for (const el of elementsFromEnd(top)) {
    if (!el.matches(selector)) continue;
    out.push(el);
    if (out.length >= n) break;
  }
  return out;
}

/**
 * An element's text as the person sees it: emoji drawn as images count by
 * their `alt` (WhatsApp and Messenger draw "✨" as `<img alt="✨">`),
 * whitespace collapsed. Hidden helper text (aria-hidden) is skipped.
 */
export function displayText(el: Element | null | undefined): string {
  if (!el) return '';
  let out = '';
  const walk = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) out += (child as Text).data;
      else if (child.nodeType === 1) {
        const element = child as Element;
        if (element.getAttribute('aria-hidden') === 'true') continue;
        if (element.tagName === 'IMG') out += element.getAttribute('alt') ?? '';
        else walk(element);
      }
    }
  };
  walk(el);
  return out.replace(/\s+/g, ' ').trim();
}

/** The first non-empty display text among elements matching the selectors, in selector priority order. */
export function firstText(root: ParentNode | null | undefined, selectors: readonly string[]): string {
  if (!root) return '';
  for (const selector of selectors) {
    for (const el of root.querySelectorAll(selector)) {
      const text = displayText(el);
      if (text) return text;
    }
  }
  return '';
}

/** A sender name in comparable form (case, width and spacing folded). */
export const senderKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** How many different people, by name, among the given senders (empty names ignored). */
export function distinctSenders(names: Iterable<string>): number {
  const seen = new Set<string>();
  for (const name of names) {
    const key = senderKey(name);
    if (key) seen.add(key);
  }
  return seen.size;
}

/**
 * Whether a message bubble sits at the end of its row (the right in a
 * left-to-right page): how every messenger draws the person's own messages
 * when nothing else says whose they are. Walks up from the bubble to `stop`
 * looking for a flex container that pushes it to the end. Needs computed
 * styles; returns null when no ancestor says either way.
 */
export function alignedToEnd(el: Element, stop: Element): boolean | null {
  const view = el.ownerDocument.defaultView;
  if (!view) return null;
  for (let node: Element | null = el.parentElement; node && node !== stop; node = node.parentElement) {
    const style = view.getComputedStyle(node);
    if (!style.display.includes('flex')) continue;
    // Horizontal end: the main axis for rows, the cross axis for columns.
    const end = style.flexDirection.startsWith('column') ? style.alignItems : style.justifyContent;
    if (end === 'flex-end' || end === 'end' || end === 'right') return true;
    if (end === 'flex-start' || end === 'start' || end === 'left') return false;
  }
  return null;
}

// --- Added for the phone/social adapters (Google Messages, X): ---

/**
 * The display text of the first element matching each selector, in selector
 * priority order. Unlike firstText it looks at one match per selector, so a
 * title in a pane's header is found without visiting the (long) thread after it.
 */
export function firstMatchText(root: ParentNode | null | undefined, selectors: readonly string[]): string {
  if (!root) return '';
  for (const selector of selectors) {
    const text = displayText(root.querySelector(selector));
    if (text) return text;
  }
  return '';
}
