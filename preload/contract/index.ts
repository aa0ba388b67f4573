// THE contract: every channel, defined once. main/ipc.ts, preload/index.ts and the harness all derive from it.
import type { z } from 'zod';
import type { ChannelDef, Envelope } from './define';
import { articlesContract } from './articles';
import { exportContract } from './export';
import { mtContract } from './mt';
import { langContract, spellContract } from './lang';
import { translateContract } from './translate';
import { quotesContract } from './quotes';
import { systemContract, events, type EventName } from './system';

export const contract = {
  ...systemContract,
  ...articlesContract,
  ...exportContract,
  ...mtContract,
  ...langContract,
  ...spellContract,
  ...translateContract,
  ...quotesContract,
} satisfies Record<string, ChannelDef>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Req<K extends ChannelName> = z.input<Contract[K]['request']>;
export type Res<K extends ChannelName> = z.output<Contract[K]['response']>;
export { events };
export type { EventName, Envelope };
export type EventPayload<E extends EventName> = z.output<(typeof events)[E]>;

export const channelNames = Object.keys(contract) as ChannelName[];
export const eventNames = Object.keys(events) as EventName[];

/** window.api as the renderer sees it: one method per channel, grouped by the part before the dot. */
export type Api = {
  [K in ChannelName as K extends `${infer G}.${string}` ? G : never]: {
    [M in ChannelName as M extends `${K extends `${infer G}.${string}` ? G : never}.${infer N}` ? N : never]: (
      req: Req<M>,
    ) => Promise<Envelope<Res<M>>>;
  };
} & {
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
