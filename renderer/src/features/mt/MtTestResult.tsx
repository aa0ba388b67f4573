// The outcome of an MT test: the translation, the route it took ("id → en → ko via A, B") or a translated error.
import { useTranslation } from 'react-i18next';
import type { Res } from '../../../../preload/contract';
import { errorText } from '../../lib/i18n';

export type MtTestOutcome =
  | { state: 'running' }
  | { state: 'done'; source: string; result: Res<'mt.test'> }
  | { state: 'failed'; error: unknown };

export function routeText(route: string[]): string {
  return route.join(' → ');
}

export function MtTestResult({ outcome }: { outcome: MtTestOutcome }) {
  const { t } = useTranslation('mt');
  if (outcome.state === 'running') {
    return (
      <p className="mt-test loading" role="status">
        {t('testing')}
      </p>
    );
  }
  if (outcome.state === 'failed') {
    return (
      <p className="mt-test banner error" role="alert" data-testid="mt-test-error">
        {errorText(t, outcome.error)}
      </p>
    );
  }
  const r = outcome.result;
  return (
    <div className="mt-test" role="status" data-testid="mt-test-result">
      <p className="mt-route" data-testid="mt-route">
        {t('routeVia', { route: routeText(r.route), engines: r.engineLabels.join(', ') })}
      </p>
      <p className="mt-sample">
        <span lang={r.route[0]}>{outcome.source}</span>
      </p>
      {r.pivotText !== undefined && (
        <p className="mt-sample pivot">
          <span lang={r.route[1]}>{r.pivotText}</span>
        </p>
      )}
      <p className="mt-sample out" data-testid="mt-test-output">
        <span lang={r.route[r.route.length - 1]}>{r.text}</span>
      </p>
    </div>
  );
}
