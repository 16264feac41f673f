/** The breathing-room element: one shadow root, mounted only while there is something to show. */
import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import { InPage, type InPageProps } from '@/components/InPage';
import css from '@/components/in-page.css?inline';

export interface PageUi {
  show(props: InPageProps): void;
  hide(): void;
  /** Our own host element, to skip when sampling the page. */
  readonly host: HTMLElement | null;
}

export function createPageUi(ctx: ContentScriptContext): PageUi {
  let ui: ShadowRootContentScriptUi<void> | null = null;
  let creating = false;
  let mounted = false;
  let latest: InPageProps | null = null;

  const paint = () => {
    if (!ui || !latest) return;
    if (!mounted) {
      ui.mount();
      mounted = true;
    }
    render(<InPage {...latest} />, ui.uiContainer);
  };

  return {
    show(props) {
      latest = props;
      if (ui) return paint();
      // The CSS is passed inline, so nothing is fetched and no resource is web-accessible.
      if (creating) return;
      creating = true;
      void createShadowRootUi(ctx, {
        name: 'breathing-room',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css,
        // Keys typed in our UI (Escape in the pause) stay ours; the page never sees them.
        isolateEvents: true,
        onMount: () => undefined,
        onRemove: () => {
          if (ui) render(null, ui.uiContainer);
        },
      }).then((created) => {
        ui = created;
        if (latest) paint();
      });
    },
    hide() {
      latest = null;
      if (ui && mounted) {
        ui.remove();
        mounted = false;
      }
    },
    get host() {
      return ui?.shadowHost ?? null;
    },
  };
}
