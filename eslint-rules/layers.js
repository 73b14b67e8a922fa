import { builtinModules } from 'node:module';
import { dirname, relative, resolve } from 'node:path';

/**
 * The layer table of DESIGN §3 as a lint rule: every import is resolved against the importing file and refused
 * when it reaches a layer the file's row does not allow, when a DOM or shared file imports a Node built-in,
 * or when anything but the Electron glue imports `electron`.
 */
export const LAYERS = [
  // Longest prefixes first: electron/core before electron.
  { name: 'electron/core', path: 'electron/core/', may: ['shared', 'db', 'electron/core'] },
  { name: 'electron/main', path: 'electron/main/', may: ['shared', 'db', 'electron/core', 'electron/main', 'electron/preload'], electron: true },
  { name: 'electron/preload', path: 'electron/preload/', may: ['shared', 'electron/preload'], electron: true },
  { name: 'shared', path: 'shared/', may: ['shared'], noNode: true },
  { name: 'db', path: 'db/', may: ['shared', 'db'] },
  { name: 'renderer', path: 'renderer/', may: ['shared', 'renderer'], noNode: true },
  { name: 'server', path: 'server/', may: ['shared', 'db', 'server'] },
];

const NODE_BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

function layerOf(root, file) {
  const path = relative(root, file).split('\\').join('/');
  return LAYERS.find((l) => path.startsWith(l.path));
}

const rule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layer table of DESIGN §3' },
    schema: [],
    messages: {
      layer: '{{from}} may not import {{to}} ({{source}}): DESIGN §3 allows {{allowed}}',
      node: '{{from}} runs without Node: no Node built-in ({{source}})',
      electron: 'Only electron/main and electron/preload may import electron ({{from}})',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = context.filename;
    const from = layerOf(root, file);
    if (!from) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      if (source.startsWith('.')) {
        const to = layerOf(root, resolve(dirname(file), source));
        if (to && !from.may.includes(to.name)) {
          context.report({ node, messageId: 'layer', data: { from: from.name, to: to.name, source, allowed: from.may.join(', ') } });
        }
        return;
      }
      if (from.noNode && NODE_BUILTINS.has(source.split('/')[0])) {
        context.report({ node, messageId: 'node', data: { from: from.name, source } });
      }
      if (!from.electron && (source === 'electron' || source.startsWith('electron/'))) {
        context.report({ node, messageId: 'electron', data: { from: from.name } });
      }
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { imports: rule } };
