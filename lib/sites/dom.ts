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
  if (!el || !el.isConnected) return false;
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
