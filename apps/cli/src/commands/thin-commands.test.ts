import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * Commands stay thin (options → pipeline → printing): no function in `src/commands/*.ts` is longer
 * than 80 lines, the `run` arrow functions included. The work lives in modules outside `commands/`.
 */
const folder = dirname(fileURLToPath(import.meta.url));
const limit = 80;

interface LongFunction {
  file: string;
  name: string;
  line: number;
  lines: number;
}

function functionName(node: ts.Node, source: ts.SourceFile): string {
  const named = (node as { name?: ts.Node }).name;
  if (named) return named.getText(source);
  const parent = node.parent;
  if (parent && (ts.isPropertyAssignment(parent) || ts.isVariableDeclaration(parent))) return parent.name.getText(source);
  return '(anonymous)';
}

/** Every function-like node with a body (declarations, methods, arrow functions, function expressions) longer than the limit. */
function longFunctions(file: string, text = readFileSync(join(folder, file), 'utf8')): LongFunction[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: LongFunction[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isFunctionLike(node) && (node as ts.FunctionLikeDeclaration).body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const lines = end - start + 1;
      if (lines > limit) found.push({ file, name: functionName(node, source), line: start + 1, lines });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('thin commands', () => {
  const files = readdirSync(folder).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));

  it('finds the command files', () => {
    expect(files).toContain('aggregate.ts');
  });

  it(`has no function over ${limit} lines in src/commands`, () => {
    expect(files.flatMap((file) => longFunctions(file))).toEqual([]);
  });

  it('measures the run arrow functions too', () => {
    const body = Array.from({ length: limit }, (_, i) => `    const a${i} = ${i};`).join('\n');
    const command = `export const c = {\n  run: async () => {\n${body}\n  },\n};\n`;
    expect(longFunctions('example.ts', command)).toEqual([{ file: 'example.ts', name: 'run', line: 2, lines: limit + 2 }]);
  });
});
