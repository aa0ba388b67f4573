// Every CLI command, in the order --help lists them, loaded only when it runs: a command's module pulls in its
// libraries (PDF, DOCX, ONNX …) and `list` must not pay for them. Features add theirs here — the names the module
// exports and a loader; test/unit/cli/commands.test.ts checks that the names match what the loader returns.
import type { CliCommand } from './types';

interface CommandGroup {
  names: string[];
  load: () => Promise<CliCommand[]>;
}

export const commandGroups: CommandGroup[] = [
  { names: ['import', 'list', 'show'], load: async () => { const m = await import('./articles'); return [m.importCommand, m.listCommand, m.showCommand]; } },
  { names: ['segment'], load: async () => [(await import('./segment')).segmentCommand] },
  { names: ['xliff validate', 'xliff export', 'xliff import'], load: async () => { const m = await import('./xliff'); return [m.xliffValidateCommand, m.xliffExportCommand, m.xliffImportCommand]; } },
  { names: ['mt translate', 'mt check'], load: async () => { const m = await import('./mt'); return [m.mtTranslateCommand, m.mtCheckCommand]; } },
  { names: ['draft import', 'draft sample', 'draft search', 'draft count', 'draft revisions', 'draft diff', 'draft restore'], load: async () => (await import('./drafts')).draftCommands },
  { names: ['project create', 'project list', 'project show', 'project set', 'project status'], load: async () => (await import('./project')).projectCommands },
  { names: ['project pretranslate'], load: async () => [(await import('./project-mt')).projectPretranslateCommand] },
  { names: ['export'], load: async () => [(await import('./export')).exportCommand] },
  { names: ['tm import', 'tm export', 'tm lookup', 'tm concordance'], load: async () => (await import('./tm')).tmCommands },
  { names: ['glossary list', 'glossary find', 'glossary import', 'glossary export', 'qa'], load: async () => (await import('./glossary')).glossaryCommands },
  { names: ['quotes'], load: async () => [(await import('./quotes')).quotesCommand] },
  { names: ['translit', 'spell'], load: async () => (await import('./lang')).langCommands },
];

/** Every command's name, without loading any command module. */
export const commandNames: string[] = commandGroups.flatMap((g) => g.names);

/** Loads the one module that defines `name`. */
export async function loadCommand(name: string): Promise<CliCommand> {
  const group = commandGroups.find((g) => g.names.includes(name));
  const cmd = group && (await group.load()).find((c) => c.name === name);
  if (!cmd) throw new Error(`CLI command "${name}" is listed in main/cli/commands.ts but its module does not export it`);
  return cmd;
}

/** All commands (for --help), loading every module. */
export async function loadAllCommands(): Promise<CliCommand[]> {
  const loaded = await Promise.all(commandGroups.map((g) => g.load()));
  return commandNames.map((n) => loaded.flat().find((c) => c.name === n)!);
}
