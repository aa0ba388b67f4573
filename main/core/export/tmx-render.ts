// Serialises a project's TM units with the TM area's buildTmx (main/core/tm/tmx.ts).
import type { TranslationProject } from '../../../preload/contract/models';
import { AppError } from '../errors';
import { projectTmUnits } from './tmx';
import type { ExportOptions } from './types';

export async function renderProjectTmx(project: TranslationProject, options: ExportOptions): Promise<string> {
  const units = projectTmUnits(project, options);
  void units;
  throw new AppError('export.notAvailable', 'TMX export is not available in this build yet.', { format: 'tmx' });
}
