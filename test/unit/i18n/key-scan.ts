// Reads the i18n keys a renderer source file uses, with the TypeScript parser: the literal keys of t('…') /
// tt('…') / i18next.t('…') calls (both branches of a `?:`), every value of an i18nKeys({...}) map (keys chosen at
// run time), and every key it could not read — a template (`status.${s}`) or a `+` built key, passed straight or
// through a local variable. Used by keys.test.ts.
import ts from 'typescript';

export interface KeyUse {
  ns: string;
  key: string;
  line: number;
}
export interface KeyScan {
  keys: KeyUse[];
  /** Keys built at run time where they are used: the test cannot see them. */
  dynamic: number[];
  /** i18nKeys map values without a namespace ('status.draft' instead of 'translate:status.draft'). */
  unqualified: number[];
}

const isT = (callee: ts.Expression) =>
  (ts.isIdentifier(callee) && (callee.text === 't' || callee.text === 'tt')) ||
  (ts.isPropertyAccessExpression(callee) && callee.name.text === 't');

export function scanKeys(src: string, fileName: string): KeyScan {
  const sf = ts.createSourceFile(fileName, src, ts.ScriptTarget.Latest, true, fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const out: KeyScan = { keys: [], dynamic: [], unqualified: [] };
  const lineOf = (n: ts.Node) => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
  const defaultNs = /useTranslation\(\s*'([\w-]+)'/.exec(src)?.[1] ?? 'common';
  const add = (text: string, at: ts.Node) => {
    const [ns, key] = text.includes(':') ? [text.slice(0, text.indexOf(':')), text.slice(text.indexOf(':') + 1)] : [defaultNs, text];
    out.keys.push({ ns, key, line: lineOf(at) });
  };
  // Local names bound to a built string (const key = `errors:${code}`): passing one to t() is a dynamic key too.
  const built = new Set<string>();
  const isBuilt = (e: ts.Expression): boolean =>
    ts.isTemplateExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken);
  const collect = (n: ts.Node) => {
    if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isBuilt(n.initializer)) built.add(n.name.text);
    ts.forEachChild(n, collect);
  };
  collect(sf);

  const keyArg = (e: ts.Expression) => {
    if (ts.isParenthesizedExpression(e)) keyArg(e.expression);
    else if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) add(e.text, e);
    else if (ts.isConditionalExpression(e)) {
      keyArg(e.whenTrue);
      keyArg(e.whenFalse);
    }
    else if (isBuilt(e) || (ts.isIdentifier(e) && built.has(e.text))) out.dynamic.push(lineOf(e));
    else if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken) {
      keyArg(e.left);
      keyArg(e.right);
    }
    // Anything else (MAP[value], a parameter): its values come from an i18nKeys map, checked where it is declared.
  };
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n) && n.arguments.length) {
      if (isT(n.expression)) keyArg(n.arguments[0]);
      else if (ts.isIdentifier(n.expression) && n.expression.text === 'i18nKeys' && ts.isObjectLiteralExpression(n.arguments[0])) {
        for (const p of n.arguments[0].properties) {
          const v = ts.isPropertyAssignment(p) ? p.initializer : null;
          if (v && (ts.isStringLiteral(v) || ts.isNoSubstitutionTemplateLiteral(v))) {
            if (v.text.includes(':')) add(v.text, v);
            else out.unqualified.push(lineOf(v));
          } else out.dynamic.push(lineOf(p));
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}
