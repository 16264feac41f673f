/**
 * A fixture page in happy-dom with its own scripts running (the test hooks `__openChat` and
 * `__sent` come from them), at the messenger's URL, never loading anything else. The caller
 * closes it (`win.happyDOM.close()`).
 */
import { Window } from 'happy-dom';

export type FixtureWindow = Window & { __openChat(name: string): void; __sent: unknown[] };

export async function openFixtureWindow(url: string, html: string): Promise<FixtureWindow> {
  const win = new Window({
    url,
    width: 1280,
    height: 800,
    settings: {
      enableJavaScriptEvaluation: true,
      suppressInsecureJavaScriptEnvironmentWarning: true,
      disableCSSFileLoading: true,
      disableJavaScriptFileLoading: true,
      navigation: { disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  win.document.write(html);
  await win.happyDOM.waitUntilComplete();
  return win as FixtureWindow;
}
