import type { ComponentChildren } from 'preact';
import { bankContent, useContent } from './content';
import { Gate } from './Gate';
import { useT } from '../../i18n/useT';

/** Renders its children once the question bank is there, loading it on first need. */
export function NeedsBank({ children }: { children: ComponentChildren }) {
  const { t } = useT();
  return (
    <Gate state={useContent(bankContent)} error={t('app.bankError')} onRetry={() => bankContent.need()}>
      {() => <>{children}</>}
    </Gate>
  );
}
