/**
 * Answers the popup's "is this page recognised, and is the contact's chat
 * open?". Outside this adapter's view it stays silent: another site's script
 * on the same host may answer. The answer goes through sendResponse, at once:
 * content scripts use the browser's own API without the polyfill
 * (wxt.config.ts), and sendResponse is the form both browsers
 * take natively.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageStatusSchema, StatusRequestSchema, type PageStatus } from '@/lib/messages';
import { reminderFor } from '@/lib/reminder';
import type { Contact } from '@/lib/settings/schema';
import type { PageReader } from './page-reader';

export function answerStatusRequests(ctx: ContentScriptContext, reader: PageReader, contacts: () => readonly Contact[]): void {
  browser.runtime.onMessage.addListener((message: unknown, _sender, sendResponse: (status: PageStatus) => void) => {
    if (!StatusRequestSchema.safeParse(message).success || !ctx.isValid || !reader.inView()) return;
    const chat = reader.look();
    const status: PageStatus = {
      site: reader.adapter.name,
      chat: reminderFor(chat, contacts(), new Date()) ? 'contact' : chat ? 'other' : 'none',
    };
    sendResponse(PageStatusSchema.parse(status));
  });
}
