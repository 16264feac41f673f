/**
 * The content script's copy of the settings it needs: loaded once, then kept
 * current by watching storage. `onChange` says which one changed.
 */
import { follow } from '@/lib/settings/item';
import { activityItem, contactsItem, preferencesItem, snoozeItem } from '@/lib/settings/items';
import { DEFAULT_PREFERENCES, type Activity, type Contact, type Preferences } from '@/lib/settings/schema';

export interface Settings {
  contacts: Contact[];
  snoozeUntil: number | null;
  activity: Activity;
  preferences: Preferences;
}

export interface SettingsMirror {
  readonly now: Settings;
  stop(): void;
}

/** Resolves once every value has been read; changes after that reach `onChange`. */
export function mirrorSettings(onChange: (which: keyof Settings) => void): Promise<SettingsMirror> {
  const now: Settings = { contacts: [], snoozeUntil: null, activity: {}, preferences: DEFAULT_PREFERENCES };
  const loaded = new Set<keyof Settings>();
  return new Promise((resolve) => {
    const mirror: SettingsMirror = { now, stop: () => {
        for (const stop of stops) stop();
      },
    };
    const keep =
      <K extends keyof Settings, V>(which: K, toSetting: (value: V) => Settings[K]) =>
      (value: V) => {
        now[which] = toSetting(value);
        if (loaded.size === 4) return onChange(which);
        loaded.add(which);
        if (loaded.size === 4) resolve(mirror);
      };
    const stops = [
      follow(contactsItem, keep('contacts', (list: Contact[]) => list)),
      follow(snoozeItem, keep('snoozeUntil', (snooze: { until: number } | null) => snooze?.until ?? null)),
      follow(activityItem, keep('activity', (activity: Activity) => activity)),
      follow(preferencesItem, keep('preferences', (preferences: Preferences) => preferences)),
    ];
  });
}
