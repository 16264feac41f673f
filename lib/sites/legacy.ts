/**
 * The adapter shape before `read()`: five separate queries on the whole
 * document. Kept only while each adapter is rewritten to resolve its pane
 * once (issue 12). TODO [2026-12-31]: remove when no adapter uses it.
 */
import type { ChatKind, SiteAdapter } from '@/lib/sites/types';

export interface OpenChat {
  title: string;
  kind: ChatKind;
}

export interface PartsAdapter extends Omit<SiteAdapter, 'read'> {
  openChat(doc: Document, url: URL): OpenChat | null;
  composer(doc: Document): HTMLElement | null;
  sendButton(doc: Document): HTMLElement | null;
  lastMessageMine(doc: Document): boolean | null;
}

export function fromParts({ openChat, composer, sendButton, lastMessageMine, ...rest }: PartsAdapter): SiteAdapter {
  return {
    ...rest,
    read(doc, url) {
      const chat = openChat(doc, url);
      if (!chat) return null;
      return {
        ...chat,
        evidence: 'whole-document queries',
        composer: () => composer(doc),
        sendButton: () => sendButton(doc),
        lastMessageMine: () => lastMessageMine(doc),
      };
    },
  };
}
