import { UserText } from '../components/UserText';
import { useT } from '../../i18n/useT';
import type { Action } from '../../core/analysis';

interface Props {
  actions: Action[];
  labels: ReadonlyMap<string, string>;
  onDelete?: (action: Action) => void;
}

/** All agreed actions in one table: kenmerk, what, who, when. */
export function ActionTable({ actions, labels, onDelete }: Props) {
  const { t } = useT();
  if (actions.length === 0) return <p class="no-actions">{t('werkplan.noActions')}</p>;
  return (
    <div class="table-wrap" role="region" aria-labelledby="actions-caption" tabIndex={0}>
      <table class="action-table">
        <caption id="actions-caption">{t('werkplan.actionsTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('results.col.kenmerk')}</th>
            <th scope="col">{t('werkplan.what')}</th>
            <th scope="col">{t('werkplan.who')}</th>
            <th scope="col">{t('werkplan.when')}</th>
            {onDelete && <th scope="col" class="no-print">{t('werkplan.remove')}</th>}
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <tr key={a.id} data-action={a.id}>
              <td>{labels.get(a.kenmerkId) ?? a.kenmerkId}</td>
              <th scope="row">
                <UserText>{a.what}</UserText>
              </th>
              <td>
                <UserText>{a.who}</UserText>
              </td>
              <td>
                <UserText>{a.when}</UserText>
              </td>
              {onDelete && (
                <td class="no-print">
                  <button type="button" class="danger" aria-label={t('werkplan.removeLabel', { what: a.what })} onClick={() => onDelete(a)}>
                    {t('werkplan.remove')}
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
