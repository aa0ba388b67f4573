// The starter newsroom glossary shipped in resources/glossary/starter.json, validated on load.
import { z } from 'zod';
import { GlossaryEntry } from '../../../preload/contract/models';
import starterFile from '../../../resources/glossary/starter.json' with { type: 'json' };

const StarterFile = z.object({ schema: z.literal(1), entries: z.array(GlossaryEntry) });

/** A fresh copy each call: callers may mutate what they get (the repo stores it). */
export function starterGlossary(): GlossaryEntry[] {
  return structuredClone(StarterFile.parse(starterFile).entries);
}
