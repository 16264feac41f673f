/**
 * The content script's copy of the settings it needs: loaded once, then kept
 * current by watching storage. `onChange` says which one changed.
 */
import { follow } from '@/lib/settings/item';
import { activityItem, contactsItem, pauseFormItem, preferencesItem, snoozeItem, statsItem } from '@/lib/settings/items';
import type { PauseForm } from '@/lib/pause-form';
import { DEFAULT_PREFERENCES, type Activity, type Contact, type PauseFormState, type Preferences, type Stats } from '@/lib/settings/schema';

export interface Settings {
  contacts: Contact[];
  snoozeUntil: number | null;
  activity: Activity;
  preferences: Preferences;
  /** Counts per day: the pause reads today's attempts from them. */
  stats: Stats;
  /** The pause's last form on this device. */
  lastPauseForm: PauseForm | null;
}

export const NO_SETTINGS: Settings = {
  contacts: [],
  snoozeUntil: null,
  activity: {},
  preferences: DEFAULT_PREFERENCES,
  stats: {},
  lastPauseForm: null,
};

export interface SettingsMirror {
  readonly now: Settings;
  stop(): void;
}

const FOLLOWED = 6;

/** Resolves once every value has been read; changes after that reach `onChange`. */
export function mirrorSettings(onChange: (which: keyof Settings) => void): Promise<SettingsMirror> {
  const now: Settings = { ...NO_SETTINGS };
  const loaded = new Set<keyof Settings>();
  return new Promise((resolve) => {
    const mirror: SettingsMirror = {
      now,
      stop: () => {
        for (const stop of stops) stop();
      },
    };
    const keep =
      <K extends keyof Settings, V>(which: K, toSetting: (value: V) => Settings[K]) =>
      (value: V) => {
        now[which] = toSetting(value);
        if (loaded.size === FOLLOWED) return onChange(which);
        loaded.add(which);
        if (loaded.size === FOLLOWED) resolve(mirror);
      };
    const stops = [
      follow(
        contactsItem,
        keep('contacts', (list: Contact[]) => list),
      ),
      follow(
        snoozeItem,
        keep('snoozeUntil', (snooze: { until: number } | null) => snooze?.until ?? null),
      ),
      follow(
        activityItem,
        keep('activity', (activity: Activity) => activity),
      ),
      follow(
        preferencesItem,
        keep('preferences', (preferences: Preferences) => preferences),
      ),
      follow(
        statsItem,
        keep('stats', (stats: Stats) => stats),
      ),
      follow(
        pauseFormItem,
        keep('lastPauseForm', (state: PauseFormState) => state?.last ?? null),
      ),
    ];
  });
}
