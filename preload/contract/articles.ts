// Article channels: list, get, create, save, trash. Features extend the library through their own files.
import { z } from 'zod';
import { channel, Id, Ok } from './define';
import { Article, ArticlePatch, ArticleSummary } from './common';

export const articlesContract = {
  'articles.list': channel(z.object({}).strict(), z.array(ArticleSummary)),
  'articles.get': channel(z.object({ id: Id }).strict(), Article),
  'articles.create': channel(ArticlePatch.extend({ title: z.string().max(1000) }), Article),
  'articles.save': channel(
    z.object({ id: Id, patch: ArticlePatch, body: z.string().max(5_000_000).optional() }).strict(),
    Article,
  ),
  'articles.trash': channel(z.object({ id: Id, deleted: z.boolean() }).strict(), Article),
  'articles.purge': channel(z.object({ id: Id }).strict(), Ok),
};
