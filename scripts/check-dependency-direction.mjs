#!/usr/bin/env node
// Enforces the package dependency direction from docs/architecture ("Packages and the direction
// of dependencies") on source imports and on each workspace package.json.
//
//   node scripts/check-dependency-direction.mjs [repo-root]
//
// Exit codes: 0 clean, 1 violations (one line each on stderr), 2 cannot read the tree.
// No dependencies on purpose: it runs before anything is built, and a tiny lexer (comments,
// strings, templates, regex literals) is enough to find module specifiers reliably.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const DOC = 'architecture.md, "Packages and the direction of dependencies"';

/** Imported by test code only; allowed in test files and devDependencies of allowlisted packages. */
const TEST_TOOLING = ['vitest', '@vitest/*', 'msw', '@testing-library/*', 'jsdom'];
/** Build tooling a package may list in devDependencies without importing it from src. */
const BUILD_TOOLING = ['typescript', '@types/*', 'tsx'];

/**
 * Per workspace package name. `allowed`: the only bare specifiers it may import (plus node
 * built-ins when `node` is true, and relative files). `forbidden`: never imported or depended on.
 * `restricted`: imported only from files `allowedIn` accepts.
 */
const RULES = {
  '@ledgerbridge/domain': {
    label: 'domain',
    allowed: ['zod', 'decimal.js'],
    node: false,
    summary: 'domain imports only zod, decimal.js and relative files (no node:*, no other workspace)',
  },
  '@ledgerbridge/connectors': {
    label: 'connectors',
    allowed: ['@ledgerbridge/domain', 'zod', 'undici'],
    // the contract suite runs each connector against its vendor sandbox over real HTTP
    testAllowed: ['@ledgerbridge/sandboxes'],
    node: true,
    summary: 'connectors imports only @ledgerbridge/domain, zod, undici, node:* and relative files (tests also @ledgerbridge/sandboxes)',
  },
  '@ledgerbridge/sandboxes': {
    label: 'sandboxes',
    allowed: ['@ledgerbridge/domain'],
    node: true,
    summary: 'sandboxes imports only @ledgerbridge/domain, node:* and relative files',
  },
  '@ledgerbridge/api': {
    label: 'api',
    forbidden: ['@ledgerbridge/admin'],
    restricted: [
      {
        name: '@ledgerbridge/sandboxes',
        allowedIn: (file) => /^src\/(dev|test)\//.test(file) || /\.test\.tsx?$/.test(file),
        summary: 'api imports @ledgerbridge/sandboxes only from src/dev/, src/test/ or *.test.ts files',
      },
    ],
  },
  '@ledgerbridge/admin': {
    label: 'admin',
    forbidden: ['@ledgerbridge/api', '@ledgerbridge/connectors', '@ledgerbridge/sandboxes', 'typeorm', 'pg', 'express'],
  },
};

const SOURCE_EXTENSIONS = /\.(ts|tsx|mts|cts)$/;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', '.turbo', 'coverage']);
const NODE_BUILTINS = new Set(builtinModules);

// ---------------------------------------------------------------------------------------------
// Lexer: yields the module specifiers of import/export-from, side-effect imports, import(…)
// and require(…), ignoring anything inside comments, strings and regex literals.

const REGEX_AFTER_WORDS = new Set([
  'return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await',
]);

function regexAllowedAfter(token) {
  if (token === undefined) return true;
  if (token.type === 'punct') return !(token.value === ')' || token.value === ']');
  if (token.type === 'word') return REGEX_AFTER_WORDS.has(token.value);
  return false;
}

/** @returns {{ specifier: string, line: number }[]} */
export function findModuleSpecifiers(source) {
  const found = [];
  const n = source.length;
  let i = 0;
  let line = 1;
  let braceDepth = 0;
  const templateStack = [];
  /** The last three significant tokens, newest first. */
  let recent = [];
  /**
   * Inside `import … from` / `export … from`: only names, braces, commas and `*` may sit between
   * the keyword and `from`, which keeps prose such as JSX text "copied from 'x'" from counting.
   */
  let inImportClause = false;

  const push = (token) => {
    if (token.type === 'word') {
      if ((token.value === 'import' || token.value === 'export') && recent[0]?.value !== '.') inImportClause = true;
    } else if (!(token.type === 'punct' && ['{', '}', ',', '*'].includes(token.value))) {
      inImportClause = false;
    }
    recent = [token, recent[0], recent[1]];
  };
  const countLines = (from, to) => {
    for (let k = from; k < to; k += 1) if (source.charCodeAt(k) === 10) line += 1;
  };
  const onLiteral = (value, startLine) => {
    const [prev1, prev2, prev3] = recent;
    const isWord = (token, word) => token?.type === 'word' && token.value === word;
    const isPunct = (token, value) => token?.type === 'punct' && token.value === value;
    const afterDot = (token) => isPunct(token, '.');
    if (
      (isWord(prev1, 'from') && inImportClause) ||
      (isWord(prev1, 'import') && !afterDot(prev2)) ||
      (isPunct(prev1, '(') && isWord(prev2, 'import')) ||
      (isPunct(prev1, '(') && isWord(prev2, 'require') && !afterDot(prev3))
    ) {
      if (value !== null) found.push({ specifier: value, line: startLine });
    }
  };

  // Reads template text from i (just after ` or the } closing a substitution).
  const readTemplate = (startLine, hadSubstitution) => {
    let text = '';
    while (i < n) {
      const ch = source[i];
      if (ch === '\\') {
        text += source.slice(i, i + 2);
        countLines(i, i + 2);
        i += 2;
      } else if (ch === '`') {
        i += 1;
        const token = { type: 'template', value: hadSubstitution ? null : text };
        onLiteral(token.value, startLine);
        push(token);
        return;
      } else if (ch === '$' && source[i + 1] === '{') {
        i += 2;
        templateStack.push(braceDepth);
        push({ type: 'punct', value: '${' });
        return;
      } else {
        if (ch === '\n') line += 1;
        text += ch;
        i += 1;
      }
    }
  };

  while (i < n) {
    const ch = source[i];
    if (ch === '\n') {
      line += 1;
      i += 1;
    } else if (ch === ' ' || ch === '\t' || ch === '\r' || ch === '\f' || ch === '\v' || ch === '\uFEFF') {
      i += 1;
    } else if (ch === '/' && source[i + 1] === '/') {
      while (i < n && source[i] !== '\n') i += 1;
    } else if (ch === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      countLines(i, stop);
      i = stop;
    } else if (ch === '"' || ch === "'") {
      const startLine = line;
      let value = '';
      i += 1;
      while (i < n && source[i] !== ch && source[i] !== '\n') {
        if (source[i] === '\\') {
          value += source[i + 1] ?? '';
          i += 2;
        } else {
          value += source[i];
          i += 1;
        }
      }
      i += 1;
      onLiteral(value, startLine);
      push({ type: 'string', value });
    } else if (ch === '`') {
      i += 1;
      readTemplate(line, false);
    } else if (ch === '}' && templateStack.length > 0 && templateStack[templateStack.length - 1] === braceDepth) {
      templateStack.pop();
      i += 1;
      readTemplate(line, true);
    } else if (ch === '/' && regexAllowedAfter(recent[0])) {
      i += 1;
      let inClass = false;
      while (i < n && source[i] !== '\n') {
        const c = source[i];
        if (c === '\\') i += 2;
        else {
          if (c === '[') inClass = true;
          else if (c === ']') inClass = false;
          else if (c === '/' && !inClass) break;
          i += 1;
        }
      }
      i += 1;
      while (i < n && /[a-z]/i.test(source[i])) i += 1;
      push({ type: 'regex', value: null });
    } else if (/[A-Za-z_$\u0080-\uFFFF]/.test(ch)) {
      const start = i;
      while (i < n && /[A-Za-z0-9_$\u0080-\uFFFF]/.test(source[i])) i += 1;
      push({ type: 'word', value: source.slice(start, i) });
    } else if (/[0-9]/.test(ch)) {
      while (i < n && /[0-9A-Za-z_.]/.test(source[i])) i += 1;
      push({ type: 'number', value: null });
    } else {
      if (ch === '{') braceDepth += 1;
      else if (ch === '}') braceDepth -= 1;
      push({ type: 'punct', value: ch });
      i += 1;
    }
  }
  return found;
}

// ---------------------------------------------------------------------------------------------
// Tree walking

function readJson(file) {
  return JSON.parse(readFileSync(file, 'utf8'));
}

function toPosix(p) {
  return p.split(path.sep).join('/');
}

function workspaceDirs(root) {
  const manifest = readJson(path.join(root, 'package.json'));
  const patterns = Array.isArray(manifest.workspaces) ? manifest.workspaces : (manifest.workspaces?.packages ?? []);
  const dirs = [];
  for (const pattern of patterns) {
    if (pattern.endsWith('/*')) {
      const parent = path.join(root, pattern.slice(0, -2));
      if (!existsSync(parent)) continue;
      for (const entry of readdirSync(parent, { withFileTypes: true })) {
        if (entry.isDirectory()) dirs.push(path.join(parent, entry.name));
      }
    } else {
      dirs.push(path.join(root, pattern));
    }
  }
  return dirs.filter((dir) => existsSync(path.join(dir, 'package.json')));
}

function sourceFiles(dir) {
  if (!existsSync(dir)) return [];
  const files = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRS.has(entry.name)) files.push(...sourceFiles(full));
    } else if (entry.isFile() && SOURCE_EXTENSIONS.test(entry.name)) {
      files.push(full);
    }
  }
  return files.sort();
}

// ---------------------------------------------------------------------------------------------
// Rules

function packageNameOf(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function matchesAny(name, patterns) {
  return patterns.some((pattern) => (pattern.endsWith('/*') ? name.startsWith(pattern.slice(0, -1)) : name === pattern));
}

function isTestFile(file) {
  return /\.test\.tsx?$/.test(file) || /(^|\/)(test|testing|__fixtures__)\//.test(file.replace(/^src\//, ''));
}

/** @returns {string | null} why `specifier` may not be imported from `file`, or null if it may. */
function checkImport(rule, specifier, file, packageDir, absoluteFile) {
  if (specifier.startsWith('.')) {
    const target = path.resolve(path.dirname(absoluteFile), specifier);
    const inside = target === packageDir || target.startsWith(packageDir + path.sep);
    return inside ? null : `relative import reaches outside the ${rule.label} package; import the workspace package instead`;
  }
  if (specifier.startsWith('/') || /^[a-z]+:\/\//i.test(specifier)) {
    return 'absolute paths and URLs are not allowed as module specifiers';
  }
  if (specifier.startsWith('#')) return null;

  const isNode = specifier.startsWith('node:') || NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(packageNameOf(specifier));
  const name = isNode ? 'node:*' : packageNameOf(specifier);

  if (rule.allowed !== undefined) {
    if (isNode) return rule.node ? null : `${rule.label} must not import node built-ins (${rule.summary})`;
    if (rule.allowed.includes(name)) return null;
    if (isTestFile(file) && matchesAny(name, [...TEST_TOOLING, ...(rule.testAllowed ?? [])])) return null;
    return `${rule.label} must not import ${name} (${rule.summary})`;
  }
  if (rule.forbidden?.includes(name)) return `${rule.label} must never import ${name}`;
  for (const restriction of rule.restricted ?? []) {
    if (restriction.name === name && !restriction.allowedIn(file)) return restriction.summary;
  }
  return null;
}

const DEPENDENCY_FIELDS = ['dependencies', 'peerDependencies', 'optionalDependencies', 'devDependencies'];

function checkManifest(rule, manifest) {
  const problems = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const name of Object.keys(manifest[field] ?? {})) {
      if (rule.allowed !== undefined) {
        const tooling = field === 'devDependencies' && matchesAny(name, [...TEST_TOOLING, ...BUILD_TOOLING, ...(rule.testAllowed ?? [])]);
        if (!rule.allowed.includes(name) && !tooling) {
          problems.push(`${field} lists ${name}, but ${rule.summary}`);
        }
      } else if (rule.forbidden?.includes(name)) {
        problems.push(`${field} lists ${name}, but ${rule.label} must never depend on it`);
      }
    }
  }
  return problems;
}

/**
 * @param {string} root repository root (holds the workspaces package.json)
 * @returns {{ violations: { file: string, line?: number, message: string }[], scannedFiles: number, checkedPackages: string[] }}
 */
export function checkDependencyDirection(root) {
  const violations = [];
  const checkedPackages = [];
  let scannedFiles = 0;

  for (const packageDir of workspaceDirs(root)) {
    const manifestPath = path.join(packageDir, 'package.json');
    const manifest = readJson(manifestPath);
    const rule = RULES[manifest.name];
    if (rule === undefined) continue;
    checkedPackages.push(manifest.name);

    for (const message of checkManifest(rule, manifest)) {
      violations.push({ file: toPosix(path.relative(root, manifestPath)), message });
    }

    for (const absoluteFile of sourceFiles(path.join(packageDir, 'src'))) {
      scannedFiles += 1;
      const fileInPackage = toPosix(path.relative(packageDir, absoluteFile));
      for (const { specifier, line } of findModuleSpecifiers(readFileSync(absoluteFile, 'utf8'))) {
        const problem = checkImport(rule, specifier, fileInPackage, packageDir, absoluteFile);
        if (problem !== null) {
          violations.push({
            file: toPosix(path.relative(root, absoluteFile)),
            line,
            message: `imports "${specifier}": ${problem}`,
          });
        }
      }
    }
  }
  return { violations, scannedFiles, checkedPackages };
}

function main() {
  const defaultRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const root = path.resolve(process.argv[2] ?? defaultRoot);
  if (!existsSync(path.join(root, 'package.json')) || !statSync(root).isDirectory()) {
    console.error(`check-dependency-direction: no package.json in ${root}`);
    process.exit(2);
  }

  let result;
  try {
    result = checkDependencyDirection(root);
  } catch (error) {
    console.error(`check-dependency-direction: could not read the workspace tree: ${error.message}`);
    process.exit(2);
  }

  const { violations, scannedFiles, checkedPackages } = result;
  if (violations.length > 0) {
    for (const { file, line, message } of violations) {
      console.error(`✗ ${file}${line === undefined ? '' : `:${line}`} ${message}`);
    }
    console.error(`\n${violations.length} dependency-direction violation(s); see ${DOC}.`);
    process.exit(1);
  }
  console.log(
    `dependency direction OK: ${scannedFiles} source files in ${checkedPackages.length} packages (${checkedPackages.join(', ')})`,
  );
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main();
}
