import { UserText } from '../components/UserText';
import { useEffect, useState } from 'preact/hooks';
import type { Signal } from '@preact/signals';
import { listWorkshops, startWorkshop } from '../../storage/workshopsRepo';
import type { Workshop } from '../../core/workshop';
import { hrefFor, navigate } from '../shell/route';
import { NAME_MAX, nameIsBlank } from '../../core/analysis';
import { useT } from '../../i18n/useT';

/** The werkplaatsen on this device, and a form to start one (with the chosen analyses, if any). */
export function WorkshopList({ selected }: { selected: Signal<ReadonlySet<string>> }) {
  const { t } = useT();
  const [workshops, setWorkshops] = useState<Workshop[]>([]);
  const [name, setName] = useState('');
  const [blank, setBlank] = useState(false);
  useEffect(() => {
    listWorkshops().then(setWorkshops, () => undefined);
  }, []);
  const create = async (e: Event) => {
    e.preventDefault();
    const now = new Date();
    // An empty field gives the werkplaats a name with the date; a name of invisible characters only is refused.
    const typed = name.trim() !== '';
    if (typed && nameIsBlank(name)) {
      setBlank(true);
      document.getElementById('workshop-name')?.focus();
      return;
    }
    const workshop = await startWorkshop(typed ? name : t('workshop.defaultName', { date: now.toLocaleDateString() }), [...selected.peek()], now);
    navigate({ screen: 'workshop', id: workshop.id });
  };
  return (
    <section aria-labelledby="workshops-title" class="workshops">
      <h2 id="workshops-title">{t('workshop.listTitle')}</h2>
      <p>{t('workshop.listIntro')}</p>
      {workshops.length > 0 && (
        <ul class="workshop-list">
          {workshops.map((w) => (
            <li key={w.id}>
              <a href={hrefFor({ screen: 'workshop', id: w.id })}>
                <UserText>{w.name}</UserText>
              </a>{' '}
              <span class="meta">
                · {t('workshop.results', { count: w.resultIds.length })} · {t('workshop.actions', { count: w.actions.length })}
              </span>
            </li>
          ))}
        </ul>
      )}
      <form class="inline-form" onSubmit={(e) => void create(e)}>
        <label for="workshop-name">{t('workshop.nameLabel')}</label>
        <input
          id="workshop-name"
          value={name}
          maxLength={NAME_MAX}
          aria-invalid={blank}
          aria-describedby={blank ? 'workshop-name-error' : undefined}
          onInput={(e) => {
            setName(e.currentTarget.value);
            setBlank(false);
          }}
        />
        <button type="submit">{selected.value.size > 0 ? t('workshop.fromSelection') : t('workshop.create')}</button>
        {blank && (
          <p class="field-error" id="workshop-name-error">
            {t('common.nameBlank')}
          </p>
        )}
      </form>
    </section>
  );
}
