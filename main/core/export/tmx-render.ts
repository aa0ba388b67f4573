// Serialises a project's segment pairs with the TM area's buildTmx (TMX 1.4, valid against tmx14.dtd).
import type { TranslationProject } from '../../../preload/contract/models';
import { buildTmx } from '../tm/tmx';
import { projectTmUnits } from './tmx';
import type { ExportOptions } from './types';

export function renderProjectTmx(project: TranslationProject, options: Pick<ExportOptions, 'includeUnapproved'>): string {
  return buildTmx(projectTmUnits(project, options), { sourceLang: project.sourceLang });
}
