/**
 * Every supported messenger, one line each. A new messenger is one adapter
 * file, one fixture folder under tests/fixtures/<id>/, one line here and a
 * small entrypoints/<id>.content.ts (so each page loads only its adapter);
 * tests/unit/registry.test.ts checks all four exist.
 */
import type { SiteAdapter } from '@/lib/sites/types';
import { discord } from '@/lib/sites/discord';
import { facebook } from '@/lib/sites/facebook';
import { googleMessages } from '@/lib/sites/google-messages';
import { instagram } from '@/lib/sites/instagram';
import { linkedin } from '@/lib/sites/linkedin';
import { messenger } from '@/lib/sites/messenger';
import { slack } from '@/lib/sites/slack';
import { snapchat } from '@/lib/sites/snapchat';
import { teams } from '@/lib/sites/teams';
import { telegramA } from '@/lib/sites/telegram-a';
import { telegramK } from '@/lib/sites/telegram-k';
import { whatsapp } from '@/lib/sites/whatsapp';
import { x } from '@/lib/sites/x';

export const ADAPTERS: readonly SiteAdapter[] = [
  whatsapp,
  messenger,
  facebook,
  instagram,
  telegramK,
  telegramA,
  discord,
  slack,
  googleMessages,
  x,
  linkedin,
  snapchat,
  teams,
];

/** Every match pattern: exactly what the built manifest's content scripts must cover. */
export const ALL_MATCHES: string[] = [...new Set(ADAPTERS.flatMap((a) => a.matches))];
