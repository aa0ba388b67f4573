// Machine translation data: engines (list, save, move, remove, describe, check a folder), tests, pre-translate.
// The only module of the MT feature that talks to the api.
import { useEffect, useState } from 'react';
import type { MtEndpoint, MtEngineConfig } from '../../../../preload/contract/mt';
import { api, unwrap, type ReqOf } from '../../lib/api';

export const mtCalls = unwrap(api.mt, ['checkFolder', 'describe', 'list', 'move', 'pretranslate', 'remove', 'save', 'test']);

/** Whether any MT engine is configured (false until main answers, and when it cannot say). */
export function useHasMtEngine(): boolean {
  const [hasMt, setHasMt] = useState(false);
  useEffect(() => {
    void api.mt?.list({}).then((r) => r.ok && setHasMt(r.data.length > 0));
  }, []);
  return hasMt;
}

/** An MT suggestion, or null when there is none (no route, a stopped engine): never an error. */
export function tryMt(req: ReqOf<typeof api.mt.test>) {
  return api.mt.test(req).then((r) => (r.ok ? r.data : null));
}

/**
 * Where a server engine's text would go (asked as the address is typed, debounced), and the host the user opted
 * in for: the opt-in never carries over to a different host. An engine saved with the opt-in keeps it.
 */
export function useMtEndpoint(server: boolean, baseUrl: string, initial: MtEngineConfig | null) {
  const [endpoint, setEndpoint] = useState<MtEndpoint | null>(null);
  /** The host the user opted in for: the opt-in never carries over to a different host. */
  const [optInHost, setOptInHost] = useState<string | null>(null);
  useEffect(() => {
    if (!server || !baseUrl.trim()) {
      setEndpoint(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      mtCalls.describe({ baseUrl: baseUrl.trim() })
        .then((e) => {
          if (!live) return;
          setEndpoint(e);
          if (initial?.allowRemote && initial.kind !== 'marian-local' && initial.baseUrl === baseUrl.trim()) setOptInHost(e.host);
        })
        .catch(() => live && setEndpoint(null));
    }, 200);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [server, baseUrl, initial]);

  return { endpoint, optInHost, setOptInHost };
}
