// Building blocks of the IPC contract: a channel is a request schema and a response schema, named once.
import { z } from 'zod';
import { LANG_VALUES } from './values';

export interface ChannelDef<Req extends z.ZodType = z.ZodType, Res extends z.ZodType = z.ZodType> {
  request: Req;
  response: Res;
}

export function channel<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelDef<Req, Res> {
  return { request, response };
}

export type ContractMap = Record<string, ChannelDef>;
export type RequestOf<C extends ChannelDef> = z.input<C['request']>;
export type ResponseOf<C extends ChannelDef> = z.output<C['response']>;

/**
 * A message the UI translates: `code` is its i18n key (under "errors."), `params` fill it in, `message` is the English
 * text for logs and the CLI. Errors, import warnings, rejected glossary rows and model-folder problems all have it.
 */
export const CodedMessage = z.object({ code: z.string(), message: z.string(), params: z.record(z.string(), z.union([z.string(), z.number()])) });
export type CodedMessage = z.infer<typeof CodedMessage>;

/** An error as it crosses the boundary; `issues` lists what failed validation (ipc.invalidPayload). */
export type ErrorPayload = CodedMessage & { issues?: { path: string; message: string }[] };

/** What every call returns across the process boundary: data, or an error the UI can translate. */
export type Envelope<T> = { ok: true; data: T } | { ok: false; error: ErrorPayload };

export const Empty = z.object({}).strict();
export const Ok = z.object({ ok: z.literal(true) });
export const Lang = z.enum(LANG_VALUES);
export type Lang = z.infer<typeof Lang>;
export const Id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'not a valid id');
/** Names a long-running call so 'task.progress' events can follow it and 'tasks.cancel' can stop it. */
export const TaskId = z.string().regex(/^[A-Za-z0-9_.:-]{1,100}$/, 'not a valid task id');
