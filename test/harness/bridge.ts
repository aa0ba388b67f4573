// Browser-side bridge: defines window.api over the harness's HTTP routes, built from the same contract.
import { buildApi } from '../../preload/build-api';
import { channelNames, eventNames } from '../../preload/contract';

// The token arrives in the page URL once and travels only in a request header (never a cookie: another
// port on 127.0.0.1 is the same site, so a SameSite cookie would ride along on its requests).
const fromUrl = new URLSearchParams(location.search).get('token');
if (fromUrl) sessionStorage.setItem('redaksi_token', fromUrl);
const token = fromUrl ?? sessionStorage.getItem('redaksi_token') ?? '';
const TOKEN_HEADER = 'x-redaksi-token';

/** Reads the server-sent event stream with fetch (EventSource cannot send a header), reconnecting on a drop. */
function listen(onEvent: (event: string, payload: unknown) => void, signal: AbortSignal): void {
  const run = async (): Promise<void> => {
    const res = await fetch('/__harness/events', { headers: { [TOKEN_HEADER]: token }, signal });
    if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffered = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffered += value;
      let end: number;
      while ((end = buffered.indexOf('\n\n')) >= 0) {
        const block = buffered.slice(0, end);
        buffered = buffered.slice(end + 2);
        const data = block
          .split('\n')
          .filter((l) => l.startsWith('data: '))
          .map((l) => l.slice(6))
          .join('\n');
        if (!data) continue;
        const { event, payload } = JSON.parse(data);
        onEvent(event, payload);
      }
    }
  };
  const again = (): void => {
    if (!signal.aborted) setTimeout(() => void run().then(again, again), 1000);
  };
  void run().then(again, again);
}

const api = buildApi(
  { channels: channelNames, events: eventNames },
  async (channel, payload) => {
    const res = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(payload ?? {}),
      credentials: 'omit',
    });
    return res.json();
  },
  (listener) => {
    const stop = new AbortController();
    listen(listener, stop.signal);
    return () => stop.abort();
  },
);
(globalThis as unknown as { api: unknown }).api = Object.freeze(api);
