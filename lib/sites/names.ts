/**
 * Every supported messenger's id and name, for the options page's site
 * switches: a list, not the registry, so the page does not carry every
 * adapter's code. tests/unit/registry.test.ts keeps it equal to the adapters.
 */
export const SITE_NAMES: readonly { id: string; name: string }[] = [
  { id: 'whatsapp', name: 'WhatsApp Web' },
  { id: 'messenger', name: 'Messenger' },
  { id: 'facebook', name: 'Messenger on Facebook' },
  { id: 'instagram', name: 'Instagram Direct' },
  { id: 'telegram-k', name: 'Telegram Web K' },
  { id: 'telegram-a', name: 'Telegram Web A' },
  { id: 'discord', name: 'Discord' },
  { id: 'slack', name: 'Slack' },
  { id: 'google-messages', name: 'Google Messages' },
  { id: 'x', name: 'X (Twitter) messages' },
  { id: 'linkedin', name: 'LinkedIn Messaging' },
  { id: 'snapchat', name: 'Snapchat' },
  { id: 'teams', name: 'Microsoft Teams' },
];
