/**
 * Parley's command line: `npm run -s parley -- <command> …`. JSON on stdout; errors on stderr with a
 * non-zero exit. Commands are listed in ../shared/docs/design.md (read; analyze, check and draft come
 * with the analysis and drafting work).
 */
import { readFileSync } from 'node:fs';
import { InputError, UsageError } from './errors';
import { analyzeInput } from './analyze';
import { checkCommand } from './check';
import { draftCommand } from './draft';
import { readCommand } from './read';

const USAGE = `usage: parley <command> [options]

commands:
  read <page.html> [--url URL] [--details]
      read a saved Gmail or Outlook page; prints {site, subject, messages, compose}
      (--details adds each message's id, own and partial flags)
  analyze [file|-] [--details]
      tone and positions of each message: JSON lines {"id","text","date"?} in (a plain-text file is
      one message), one JSON line per input out (--details adds explanations and reasons)
  check [file|-]
      the Send check on a draft: plain text, or JSON {"draft","thread"?,"facts"?,"recourses"?,
      "commitments"?,"sensitivity"?,"user"?,"today"?}; prints {"verdict":"ok"|"review","findings":[…]}
  draft [file|-]
      reply suggestions: JSON {"thread","facts"?,"recourses"?,"commitments"?,"user"?,"today"?};
      prints {"analysis","suggestions":[{"strategy","text","options","factsCited",…}]}`;

function readInput(path: string | undefined): string {
  if (!path) throw new UsageError('missing input file');
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (err) {
    throw new InputError(`cannot read ${path}: ${(err as NodeJS.ErrnoException).code ?? String(err)}`);
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const value = args[i + 1];
  if (!value || value.startsWith('--')) throw new UsageError(`${name} needs a value`);
  args.splice(i, 2);
  return value;
}

function flag(args: string[], name: string): boolean {
  const i = args.indexOf(name);
  if (i >= 0) args.splice(i, 1);
  return i >= 0;
}

function main(argv: string[]): number {
  const [command, ...args] = argv;
  switch (command) {
    case 'read': {
      const url = option(args, '--url');
      const details = flag(args, '--details');
      const html = readInput(args[0]);
      process.stdout.write(JSON.stringify(readCommand(html, url, details)) + '\n');
      return 0;
    }
    case 'analyze': {
      const details = flag(args, '--details');
      const path = args[0] ?? '-';
      const { lines, errors } = analyzeInput(readInput(path), path === '-' ? 'stdin' : path, details);
      process.stdout.write(lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : ''));
      for (const e of errors) process.stderr.write(`parley analyze: ${e}\n`);
      return errors.length ? 1 : 0;
    }
    case 'check': {
      const path = args[0] ?? '-';
      process.stdout.write(JSON.stringify(checkCommand(readInput(path))) + '\n');
      return 0;
    }
    case 'draft': {
      const path = args[0] ?? '-';
      process.stdout.write(JSON.stringify(draftCommand(readInput(path))) + '\n');
      return 0;
    }
    case undefined:
    case '--help':
    case '-h':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return command ? 0 : 2;
    default:
      throw new UsageError(`unknown command: ${command}`);
  }
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (err) {
  if (err instanceof UsageError) {
    process.stderr.write(`parley: ${err.message}\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (err instanceof InputError) {
    process.stderr.write(`parley: ${err.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`parley: ${(err as Error).stack ?? String(err)}\n`);
    process.exitCode = 1;
  }
}
