// Browser-side bridge: defines window.api over the harness's HTTP routes, built from the same contract.
import { buildApi } from '../../preload/build-api';
import { channelNames, eventNames } from '../../preload/contract';

// The token arrives in the page URL once and travels only in a request header (never a cookie: another
// port on 127.0.0.1 is the same site, so a SameSite cookie would ride along on its requests).
const fromUrl = new URLSearchParams(location.search).get('token');
if (fromUrl) sessionStorage.setItem('redaksi_token', fromUrl);
const token = fromUrl ?? sessionStorage.getItem('redaksi_token') ?? '';
const TOKEN_HEADER = 'x-redaksi-token';

/**
 * One event stream for the page, opened before the first call is sent: calls wait until it is connected, so an
 * event caused by a call (a recovery on the first load) can never be emitted before anyone listens.
 * EventSource cannot send a header, so the stream is read with fetch; it reconnects after a drop.
 */
const listeners = new Set<(event: string, payload: unknown) => void>();
let markReady: () => void = () => {};
let ready = new Promise<void>((r) => (markReady = r));

async function readStream(): Promise<void> {
  const res = await fetch('/__harness/events', { headers: { [TOKEN_HEADER]: token } });
  if (!res.ok || !res.body) throw new Error(`event stream: ${res.status}`);
  markReady();
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
      for (const l of listeners) l(event, payload);
    }
  }
}

function connect(): void {
  void readStream().then(reconnect, reconnect);
}
function reconnect(): void {
  ready = new Promise<void>((r) => (markReady = r));
  setTimeout(connect, 1000);
}
connect();

/** Wait for the stream, but never hold a call back for long if the stream itself is broken. */
const streamReady = () => Promise.race([ready, new Promise<void>((r) => setTimeout(r, 3000))]);

const api = buildApi(
  { channels: channelNames, events: eventNames },
  async (channel, payload) => {
    await streamReady();
    const res = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body: JSON.stringify(payload ?? {}),
      credentials: 'omit',
    });
    return res.json();
  },
  (listener) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
);
(globalThis as unknown as { api: unknown }).api = Object.freeze(api);
