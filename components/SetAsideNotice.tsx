import { i18n } from '#i18n';
import { setAsideItem } from '@/lib/settings/items';
import { clearSetAside } from '@/lib/settings/storage';
import { useStored } from './use-stored';

/** Tells the person when a stored value could not be read and was kept aside. */
export function SetAsideNotice() {
  const setAside = useStored(setAsideItem) ?? [];
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
