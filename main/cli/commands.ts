// Every CLI command, in the order --help lists them. Features add theirs here.
import type { CliCommand } from './types';
import { importCommand, listCommand, showCommand } from './articles';
import { segmentCommand } from './segment';

export const commands: CliCommand[] = [importCommand, listCommand, showCommand, segmentCommand];
