/**
 * Unit tests read the real English strings: the fake browser has no i18n, so
 * getMessage is answered from locales/en.yml the way the browser answers from
 * the generated _locales/en/messages.json.
 */
import { beforeEach } from 'vitest';
import { generateChromeMessages, parseMessagesFile } from '@wxt-dev/i18n/build';
import { fakeBrowser } from 'wxt/testing/fake-browser';

const messages = generateChromeMessages(await parseMessagesFile('locales/en.yml')) as Record<
  string,
  { message: string; placeholders?: Record<string, { content: string }> }
>;

function getMessage(name: string, substitutions?: string | string[]): string {
  const entry = messages[name];
  if (!entry) return '';
  const subs = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  const positional = (text: string) => text.replace(/\$(\d)/g, (_, n: string) => subs[Number(n) - 1] ?? '');
  return positional(
    entry.message.replace(/\$(\w+)\$/g, (_, name: string) => entry.placeholders?.[name.toLowerCase()]?.content ?? `$${name}$`),
  ).replace(/\$\$/g, '$');
}

const install = () => {
  (fakeBrowser.i18n as { getMessage: typeof getMessage }).getMessage = getMessage;
  (fakeBrowser.i18n as { getUILanguage: () => string }).getUILanguage = () => 'en';
};
install();
beforeEach(install);
