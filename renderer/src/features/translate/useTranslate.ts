// Translation data: projects, segments (open, edit, confirm, split, join, status), TM, glossary, QA, analysis.
// The only module of the translate feature that talks to the api.
import { api, unwrap } from '../../lib/api';

export const translateCalls = unwrap(api.translate, ['analyse', 'confirm', 'create', 'ignoreQa', 'join', 'list', 'matches', 'open', 'qa', 'setPivot', 'setStatus', 'setTarget', 'split']);

export const glossaryCalls = unwrap(api.glossary, ['add', 'export', 'import', 'list', 'remove', 'update']);

export const tmCalls = unwrap(api.tm, ['concordance', 'exportTmx', 'importTmx']);
