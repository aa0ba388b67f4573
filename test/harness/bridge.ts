// Browser-side bridge: defines window.api over the harness's HTTP routes, built from the same contract.
import { buildApi } from '../../preload/build-api';
import { channelNames, eventNames } from '../../preload/contract';

const api = buildApi(
  { channels: channelNames, events: eventNames },
  async (channel, payload) => {
    const res = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(payload ?? {}),
      credentials: 'same-origin',
    });
    return res.json();
  },
  (listener) => {
    const source = new EventSource('/__harness/events');
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data);
      listener(event, payload);
    };
    return () => source.close();
  },
);
(globalThis as unknown as { api: unknown }).api = Object.freeze(api);
