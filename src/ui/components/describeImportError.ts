import type { ImportError } from '../../core/resultFile/importError';
import type { TFunction } from 'i18next';

/** The field of a path in words: `actions.2.what` → "bij actie 3 het veld ‘wat’". */
function fieldInWords(field: string | undefined, t: TFunction): string {
  if (!field) return t('import.field.(result)');
  const [head = '', second, third] = field.split('.');
  if (head === 'answers' && second) return t('import.field.answer', { id: second });
  if (head === 'notes' && second) return t('import.field.note', { id: second });
  if (head === 'actions' && second !== undefined) {
    const n = Number(second) + 1;
    return third ? t(`import.field.action.${third}` as 'import.field.action.what', { n, defaultValue: t('import.field.action', { n }) }) : t('import.field.action', { n });
  }
  if (head === 'resultIds' && second !== undefined) return t('import.field.resultId', { n: Number(second) + 1 });
  const known = t(`import.field.${field}` as 'import.field.id', { defaultValue: '' });
  return known || t('import.field.other', { field });
}

/** A sentence that says what is wrong with a refused file: the thing, the number, the limit. */
export function describeImportError(error: ImportError, t: TFunction): string {
  if (error.code !== 'invalid-result' && error.code !== 'invalid-workshop') {
    return t(`import.errors.${error.code}`, { result: error.result, version: error.version, count: error.count, limit: error.limit });
  }
  const what = fieldInWords(error.field, t);
  const problem = t(`import.problem.${error.problem ?? 'wrong'}`, { what, count: error.count, limit: error.limit, value: error.value });
  const n = error.code === 'invalid-result' ? error.result : error.workshop;
  return n === undefined ? t('import.errors.invalid-file', { problem }) : t(`import.errors.${error.code}`, { n, problem });
}
