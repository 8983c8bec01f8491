import { useState } from 'preact/hooks';
import { dbNotice } from '../../storage/statusRepo';
import { reloadIntoNewest, updateWaiting } from '../../pwa/serviceWorker';
import { useT } from '../../i18n/useT';

/** App-wide messages: a waiting update (the user decides), and what the database needs the user to know. */
export function Notices() {
  const { t } = useT();
  const [dismissed, setDismissed] = useState(false);
  const [updating, setUpdating] = useState(false);
  const db = dbNotice.value;
  const apply = updateWaiting.value;
  return (
    <div class="notices">
      {db && (
        <div class={`banner banner-${db === 'terminated' ? 'info' : 'warning'}`} role="alert">
          <p>{t(`notices.db.${db}`)}</p>
          {(db === 'versionchange' || db === 'outdated') && (
            <button
              type="button"
              disabled={updating}
              onClick={() => {
                setUpdating(true);
                void reloadIntoNewest();
              }}
            >
              {updating ? t('notices.reloading') : t('notices.reload')}
            </button>
          )}
        </div>
      )}
      {apply && !dismissed && (
        <section class="banner banner-info update-notice" aria-labelledby="update-title">
          <h2 id="update-title">{t('notices.update.title')}</h2>
          <p>{t('notices.update.body')}</p>
          <div class="actions">
            <button
              type="button"
              class="primary"
              disabled={updating}
              onClick={() => {
                setUpdating(true);
                void apply();
              }}
            >
              {updating ? t('notices.update.working') : t('notices.update.accept')}
            </button>
            <button type="button" onClick={() => setDismissed(true)}>
              {t('notices.update.later')}
            </button>
          </div>
        </section>
      )}
    </div>
  );
}
