import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { it } from 'node:test';
import ts from 'typescript';
import { isMessageKey } from '../lib/problems.ts';

/**
 * The domain words no refusal in English: it gives catalogue codes (src/lib/problems.ts), so
 * that every language can say them. Read with TypeScript's own checker over src/domain:
 * - wherever a problem is expected (an error's message or fields, a throttle's refusal), the
 *   domain passes a problem, never a string;
 * - every message it gives a zod schema (`.max(200, '…')`, `{ error: '…' }`, an issue's
 *   `message`) is a catalogue key, written out, so the checker can read which.
 */

const domainDir = path.join(import.meta.dirname);
const problemsFile = path.join(import.meta.dirname, '..', 'lib', 'problems.ts');

/** Zod calls whose strings are values or input, not messages. */
const ZOD_VALUE_METHODS = new Set([
  ...['literal', 'default', 'prefault', 'catch', 'describe'],
  ...['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'safeDecode'],
]);

interface Finding {
  /** `file:line`, and what is there. */
  where: string;
  text: string;
}

function domainFiles(): string[] {
  return fs
    .readdirSync(domainDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
    .map((file) => path.join(domainDir, file));
}

function compilerOptions(): ts.CompilerOptions {
  const configFile = path.join(import.meta.dirname, '..', '..', 'tsconfig.json');
  const { config } = ts.readConfigFile(configFile, (file) => ts.sys.readFile(file));
  return ts.parseJsonConfigFileContent(config, ts.sys, path.dirname(configFile)).options;
}

/** Where an expression is given to something that may expect a problem. */
function isValuePosition(node: ts.Node): node is ts.Expression {
  const { parent } = node;
  if (!ts.isExpression(node) || !parent) return false;
  return (
    ((ts.isCallExpression(parent) || ts.isNewExpression(parent)) &&
      (parent.arguments?.includes(node) ?? false)) ||
    (ts.isPropertyAssignment(parent) && parent.initializer === node) ||
    ts.isShorthandPropertyAssignment(parent) ||
    ts.isReturnStatement(parent) ||
    (ts.isArrowFunction(parent) && parent.body === node) ||
    (ts.isConditionalExpression(parent) && parent.condition !== node) ||
    (ts.isBinaryExpression(parent) && parent.right === node) ||
    ts.isParenthesizedExpression(parent) ||
    (ts.isVariableDeclaration(parent) && parent.initializer === node)
  );
}

function scanDomain() {
  const files = domainFiles();
  const program = ts.createProgram(files, compilerOptions());
  const checker = program.getTypeChecker();
  const words: Finding[] = [];
  const zodMessages: Finding[] = [];
  let problemSites = 0;
  let zodMessageCount = 0;

  const isDeclaredIn = (symbol: ts.Symbol | undefined, test: (file: string) => boolean) =>
    symbol?.declarations?.some((declaration) => test(declaration.getSourceFile().fileName)) ??
    false;

  /** Whether a position takes a `Problem` (perhaps besides words). */
  const expectsProblem = (type: ts.Type | undefined): boolean =>
    (type?.isUnion() ? type.types : type ? [type] : []).some(
      (member) =>
        member.getSymbol()?.getName() === 'Problem' &&
        isDeclaredIn(member.getSymbol(), (file) => path.resolve(file) === problemsFile),
    );

  const isStringLike = (node: ts.Node) =>
    (checker.getTypeAtLocation(node).flags & ts.TypeFlags.StringLike) !== 0;

  /** A zod message must have a literal type (or a union of them) naming catalogue keys. */
  const isKeyLiteral = (node: ts.Node): boolean => {
    const type = checker.getTypeAtLocation(node);
    const members = type.isUnion() ? type.types : [type];
    return members.every((member) => member.isStringLiteral() && isMessageKey(member.value));
  };

  const finding = (node: ts.Node): Finding => {
    const source = node.getSourceFile();
    const { line } = source.getLineAndCharacterOfPosition(node.getStart());
    return {
      where: `${path.relative(domainDir, source.fileName)}:${line + 1}`,
      text: node.getText(),
    };
  };

  const checkZodMessage = (node: ts.Expression) => {
    if (!isStringLike(node)) return;
    zodMessageCount++;
    if (!isKeyLiteral(node)) zodMessages.push(finding(node));
  };

  const isZodCall = (call: ts.CallExpression): boolean => {
    const declaration = checker.getResolvedSignature(call)?.getDeclaration();
    return declaration?.getSourceFile().fileName.includes('/node_modules/zod/') ?? false;
  };

  const visit = (node: ts.Node) => {
    // Words nobody here wrote may pass: zod's own messages, where a schema gave none.
    if (
      ts.isCallExpression(node) &&
      node.expression.getText() === 'untranslated' &&
      path.basename(node.getSourceFile().fileName) !== 'validation.ts'
    ) {
      words.push(finding(node));
    }
    if (isValuePosition(node) && expectsProblem(checker.getContextualType(node))) {
      problemSites++;
      if (isStringLike(node)) words.push(finding(node));
    }
    if (ts.isCallExpression(node) && isZodCall(node)) {
      const callee = node.expression;
      const method = ts.isPropertyAccessExpression(callee) ? callee.name.text : callee.getText();
      if (!ZOD_VALUE_METHODS.has(method)) {
        for (const argument of node.arguments) {
          if (ts.isObjectLiteralExpression(argument)) {
            for (const property of argument.properties) {
              if (
                ts.isPropertyAssignment(property) &&
                ['error', 'message'].includes(property.name.getText())
              ) {
                checkZodMessage(property.initializer);
              }
            }
          } else {
            checkZodMessage(argument);
          }
        }
      }
    }
    ts.forEachChild(node, visit);
  };

  for (const file of files) {
    const source = program.getSourceFile(file);
    assert.ok(source, file);
    visit(source);
  }
  return { words, zodMessages, problemSites, zodMessageCount };
}

const show = (findings: Finding[]) =>
  findings.map((found) => `${found.where}: ${found.text}`).join('\n');

it('gives problems, not English words, and zod messages that are catalogue keys', () => {
  const { words, zodMessages, problemSites, zodMessageCount } = scanDomain();
  assert.ok(
    words.length === 0 && zodMessages.length === 0,
    `Words where a problem is expected:\n${show(words)}\n` +
      `Zod messages that are not catalogue keys:\n${show(zodMessages)}`,
  );
  // The scan saw what it is about: a broken check would find nothing to check, and pass.
  assert.ok(problemSites > 50, `only ${problemSites} places take a problem`);
  assert.ok(zodMessageCount > 50, `only ${zodMessageCount} zod messages`);
});
