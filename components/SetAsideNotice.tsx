import { useEffect, useState } from 'preact/hooks';
import { i18n } from '#i18n';
import type { SetAside } from '@/lib/settings/schema';
import { clearSetAside, loadSetAside, watchSetAside } from '@/lib/settings/storage';

/** Tells the person when a stored value could not be read and was kept aside. */
export function SetAsideNotice() {
  const [setAside, setSetAside] = useState<SetAside[]>([]);
  useEffect(() => {
    void loadSetAside().then(setSetAside);
    return watchSetAside(setSetAside);
  }, []);
  if (setAside.length === 0) return null;
  return (
    <div class="notice" role="alert">
      <p>{i18n.t('popup.setAside')}</p>
      <button type="button" onClick={() => void clearSetAside()}>
        {i18n.t('popup.gotIt')}
      </button>
    </div>
  );
}
