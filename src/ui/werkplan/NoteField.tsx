import { UserText } from '../components/UserText';
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTE_MAX } from '../../core/analysis';
import { useT } from '../../i18n/useT';
import type { Kenmerk } from '../../core/bank/types';

/** A free note for a kenmerk, saved shortly after typing stops and when the field is left. */
export function NoteField({ kenmerk, value, onSave }: { kenmerk: Kenmerk; value: string; onSave: (text: string) => Promise<void> }) {
  const { t, lang } = useT();
  const [text, setText] = useState(value);
  const [state, setState] = useState<'idle' | 'saving' | 'saved'>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const id = `note-${kenmerk.id}`;
  const save = (next: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (next === value) return;
    setState('saving');
    void onSave(next).then(() => setState('saved'));
  };
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);
  return (
    <div class="field note-field">
      <label for={id}>{t('werkplan.noteLabel', { kenmerk: kenmerk.label[lang] })}</label>
      <textarea
        id={id}
        class="no-print"
        rows={3}
        maxLength={NOTE_MAX}
        value={text}
        onInput={(e) => {
          const next = e.currentTarget.value;
          setText(next);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(() => save(next), 600);
        }}
        onBlur={() => save(text)}
      />
      <p class="print-only note-text">
        <UserText>{text}</UserText>
      </p>
      <p class="save-note no-print" role="status">
        {state === 'saving' ? t('questions.saving') : state === 'saved' ? t('werkplan.noteSaved') : ''}
      </p>
    </div>
  );
}
