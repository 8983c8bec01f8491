import { useBank } from '../shell/content';
import { formatScore } from '../../core/format';
import { useT } from '../../i18n/useT';
import type { AreaScore } from '../../core/scoring/scoreAnalysis';

/** The four area means, as a short summary (the diagram shows the kenmerken). */
export function AreaSummary({ areas }: { areas: AreaScore[] }) {
  const { t, lang } = useT();
  const bank = useBank();
  return (
    <section aria-labelledby="areas-title">
      <h2 id="areas-title">{t('results.areasTitle')}</h2>
      <ul class="area-summary">
        {areas.map((a) => {
          const area = bank.areas.find((x) => x.id === a.areaId);
          if (!area) return null;
          return (
            <li key={a.areaId} class="area-chip" style={{ "--area-color": area.color }}>
              <span class="swatch" aria-hidden="true" />
              <span>{area.label[lang]}</span>
              <strong>{formatScore(a.score, lang) ?? t('results.noScore')}</strong>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
