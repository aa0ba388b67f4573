// ESLint rule "layering/layers" (VS Code's layering lint, in small): a relative import may only go to a layer
// tools/layers.mjs allows. It resolves the path, so '../context' from main/core/ and from main/handlers/ differ.
import path from 'node:path';
import { layerOf } from './layers.mjs';

/** @type {import('eslint').Rule.RuleModule} */
const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports between layers follow tools/layers.mjs (model ← core ← handlers/cli ← entry; renderer ← model).' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      forbidden:
        '{{fromLayer}} must not import {{toLayer}} ({{to}}): {{fromLayer}} may import {{allowed}} only — {{why}} (docs/architecture.md).',
      package: '{{fromLayer}} must not import the package "{{name}}": it may import {{packages}} only — {{why}} (docs/architecture.md).',
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const own = layerOf(file);
    if (!own) return {};
    const allowed = new Set([own.name, ...own.may]);

    function check(node, source) {
      if (!source || typeof source.value !== 'string') return;
      if (!source.value.startsWith('.')) return checkPackage(node, source.value);
      const target = path.relative(root, path.resolve(path.dirname(context.filename), source.value)).split(path.sep).join('/');
      const to = layerOf(target);
      if (!to || allowed.has(to.name)) return;
      context.report({
        node,
        messageId: 'forbidden',
        data: {
          fromLayer: own.name,
          to: target,
          toLayer: to.name,
          allowed: own.may.length ? own.may.join(', ') : 'nothing outside itself',
          why: own.why,
        },
      });
    }

    function checkPackage(node, spec) {
      if (!own.packages) return;
      const parts = spec.split('/');
      const name = spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
      if (own.packages.includes(name)) return;
      context.report({ node, messageId: 'package', data: { fromLayer: own.name, name, packages: own.packages.join(', '), why: own.why } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source),
      ExportNamedDeclaration: (node) => check(node, node.source),
      ExportAllDeclaration: (node) => check(node, node.source),
      ImportExpression: (node) => check(node, node.source),
      // import('../x').T in a type position
      TSImportType: (node) => check(node, node.argument?.type === 'TSLiteralType' ? node.argument.literal : node.argument),
    };
  },
};

export default { rules: { layers: rule } };
