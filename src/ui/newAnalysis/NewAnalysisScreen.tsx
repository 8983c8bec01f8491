import { useState } from 'preact/hooks';
import { useBank } from '../shell/content';
import { navigate } from '../shell/route';
import { addAnalysis } from '../../storage/analysesRepo';
import { requestProtection } from '../../storage/statusRepo';
import { cleanName, createAnalysis, LEVELS, MODES, NAME_MAX, ROLES, type Level, type Mode, type Role } from '../../core/analysis';
import { newAnalysisId } from '../../core/ids';
import { ChoiceGroup } from '../components/ChoiceGroup';
import { StatusMessage } from '../components/StatusMessage';
import { ScreenFrame } from '../shell/ScreenFrame';
import { useT } from '../../i18n/useT';

/** The form that starts an analysis: who answers, in what role, alone or together, for which partnership. */
export function NewAnalysisScreen() {
  const { t } = useT();
  const bank = useBank();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('gemeente');
  const [level, setLevel] = useState<Level | ''>('');
  const [mode, setMode] = useState<Mode>('alone');
  const [partnership, setPartnership] = useState('');
  const [nameError, setNameError] = useState(false);
  const [saveError, setSaveError] = useState(false);

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!cleanName(name)) {
      setNameError(true);
      document.getElementById('party-name')?.focus();
      return;
    }
    const analysis = createAnalysis(
      { party: { name, role, ...(level ? { level } : {}) }, mode, partnership },
      bank,
      newAnalysisId(),
      new Date(),
    );
    try {
      await addAnalysis(analysis);
      void requestProtection(); // first save: ask the browser to keep our data
      navigate({ screen: 'questions', id: analysis.id, area: 0 });
    } catch {
      setSaveError(true);
    }
  };

  return (
    <ScreenFrame id="new-title" title={t('new.title')}>
      <p>{t('new.intro')}</p>
      <form class="new-form" noValidate onSubmit={(e) => void submit(e)}>
        <div class="field">
          <label for="party-name">{t('new.name')}</label>
          <p class="hint" id="party-name-hint">
            {t('new.nameHint')}
          </p>
          <input
            id="party-name"
            name="name"
            autocomplete="organization"
            maxLength={NAME_MAX}
            required
            aria-required="true"
            aria-invalid={nameError}
            aria-describedby={nameError ? 'party-name-hint party-name-error' : 'party-name-hint'}
            value={name}
            onInput={(e) => {
              setName(e.currentTarget.value);
              setNameError(false);
            }}
          />
          {nameError && (
            <p class="field-error" id="party-name-error">
              {t('new.nameRequired')}
            </p>
          )}
        </div>
        <ChoiceGroup
          name="role"
          legend={t('new.role')}
          options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          value={role}
          onChange={(v) => setRole(v as Role)}
        />
        <div class="field">
          <label for="party-level">{t('new.level')}</label>
          <select id="party-level" value={level} onChange={(e) => setLevel(e.currentTarget.value as Level | '')}>
            <option value="">{t('new.levelNone')}</option>
            {LEVELS.map((l) => (
              <option key={l} value={l}>
                {t(`levels.${l}`)}
              </option>
            ))}
          </select>
        </div>
        <ChoiceGroup
          name="mode"
          legend={t('new.mode')}
          options={MODES.map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          value={mode}
          onChange={(v) => setMode(v as Mode)}
        />
        <div class="field">
          <label for="partnership">{t('new.partnership')}</label>
          <p class="hint" id="partnership-hint">
            {t('new.partnershipHint')}
          </p>
          <input
            id="partnership"
            name="partnership"
            maxLength={NAME_MAX}
            aria-describedby="partnership-hint"
            value={partnership}
            onInput={(e) => setPartnership(e.currentTarget.value)}
          />
        </div>
        {saveError && <StatusMessage kind="error">{t('errors.storageWrite')}</StatusMessage>}
        <div class="actions">
          <button type="submit" class="primary">
            {t('new.start')}
          </button>
          <a class="button" href="#/">
            {t('common.cancel')}
          </a>
        </div>
      </form>
    </ScreenFrame>
  );
}
