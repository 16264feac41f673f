/**
 * The breathing-room element: one open shadow root, in the page only while
 * there is something to show. Built on @webext-core/isolated-element, the
 * part of WXT's createShadowRootUi that does the isolating: the rest of it
 * (anchors, positions, auto-mounting with its element watcher) is unused
 * here and weighed 2 KB gzip in every messenger's 30 KB content script.
 */
import { createIsolatedElement } from '@webext-core/isolated-element';
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { InPage, type InPageProps } from '@/components/InPage';
import css from '@/components/in-page.css?inline';

export interface PageUi {
  show(props: InPageProps): void;
  hide(): void;
  /** Our own host element, to skip when sampling the page. */
  readonly host: HTMLElement | null;
}

// As createShadowRootUi does: nothing of the page's styles reaches in through the host.
const RESET = ':host{all:initial !important;}';

export function createPageUi(ctx: ContentScriptContext): PageUi {
  let ui: { host: HTMLElement; container: HTMLElement } | null = null;
  let creating = false;
  let latest: InPageProps | null = null;

  const paint = () => {
    if (!ui || !latest) return;
    if (!ui.host.isConnected) document.body.append(ui.host);
    render(<InPage {...latest} />, ui.container);
  };
  const remove = () => {
    if (!ui?.host.isConnected) return;
    render(null, ui.container);
    ui.host.remove();
  };

  return {
    show(props) {
      latest = props;
      if (ui) return paint();
      // The CSS is passed inline, so nothing is fetched and no resource is web-accessible.
      if (creating) return;
      creating = true;
      void createIsolatedElement({
        name: 'breathing-room',
        mode: 'open',
        css: { textContent: `${RESET}\n${css}` },
        // Keys typed in our UI (Escape in the pause) stay ours; the page never sees them.
        isolateEvents: true,
      }).then(({ parentElement, isolatedElement }) => {
        ui = { host: parentElement, container: isolatedElement };
        ctx.onInvalidated(remove);
        if (latest) paint();
      });
    },
    hide() {
      latest = null;
      remove();
    },
    get host() {
      return ui?.host ?? null;
    },
  };
}
