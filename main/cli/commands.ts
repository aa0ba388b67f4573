// Every CLI command, in the order --help lists them. Features add theirs here.
import type { CliCommand } from './types';
import { importCommand, listCommand, showCommand } from './articles';
import { segmentCommand } from './segment';
import { xliffValidateCommand, xliffExportCommand, xliffImportCommand } from './xliff';
import { mtTranslateCommand, mtCheckCommand } from './mt';
import { draftCommands } from './drafts';
import { exportCommand } from './export';
import { tmCommands } from './tm';
import { glossaryCommands } from './glossary';
import { quotesCommand } from './quotes';
import { langCommands } from './lang';
import { projectCommands } from './project';
import { projectPretranslateCommand } from './project-mt';

export const commands: CliCommand[] = [importCommand, listCommand, showCommand, segmentCommand, xliffValidateCommand, xliffExportCommand, xliffImportCommand, mtTranslateCommand, mtCheckCommand, ...draftCommands, ...projectCommands, projectPretranslateCommand, exportCommand, ...tmCommands, ...glossaryCommands, quotesCommand, ...langCommands];
