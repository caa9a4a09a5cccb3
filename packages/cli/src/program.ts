import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { runCheck, type CheckCommandOptions, type CheckIO } from './check/run-check.js';
import { runCompile } from './commands/run-compile.js';
import { runDocs } from './commands/run-docs.js';
import { runFmt } from './commands/run-fmt.js';
import { runTest } from './commands/run-test.js';
import { EXIT } from './exit-codes.js';
import { FORMATS } from './formats/reporter.js';
import { allowedValues } from './input/allowed-values.js';
import { colorsFor } from './terminal/colors.js';
import { UsageError } from './usage-error.js';
import { VERSION } from './version.js';

const EXIT_CODES = `
Exit codes:
  0  every activity is ok or advice
  1  some activity needs review (and none is block)
  2  some activity is block: do not publish
  3  usage or input error: an unknown flag, a pack that does not compile, a
     file that cannot be read, a bad JSON line or an invalid activity (other
     inputs are still checked; a block verdict still gives 2)`;

const INPUTS = `
Inputs:
  file.txt, file.md         the file's text is the post
  file.json                 one activity, or an array of activities
  file.ndjson, file.jsonl   one activity per line, streamed
  folder                    every such file under it
  -                         standard input: NDJSON, JSON or plain text, detected
                            (force with --ndjson or --text)`;

const CHECK_EXAMPLES = `${INPUTS}

Examples:
  $ propriety check post.txt
  $ echo "Honestly, Brexit was a disaster" | propriety check -
  $ propriety check reply.txt --kind reply --reply-to-kind journalist
  $ propriety check posts/ --pack department.prop --format sarif > results.sarif
  $ propriety check feed.ndjson --format ndjson --jobs 4 > reports.ndjson
  $ cat feed.ndjson | propriety check --ndjson --format ndjson
${EXIT_CODES}`;

const EXPLAIN_EXAMPLES = `${INPUTS}

For every rule: whether it fired, was off or did not fire, the condition
that decided it, and for a rule that fired what would make the post pass.

Examples:
  $ propriety explain post.txt
  $ propriety explain post.txt --pack department.prop --at 2026-04-10
  $ echo '{"text":"Brexit!","capacity":"official"}' | propriety explain -f json
${EXIT_CODES}`;

/** Builds the `propriety` command with every subcommand; `exit` receives each command's exit code. */
export function buildProgram(io: CheckIO, exit: (code: number) => void): Command {
  const program = new Command('propriety')
    .description('Check what a civil servant is about to publish against propriety rules, and build the rule packs that say how')
    .version(VERSION, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(colorsFor(io.stderr, undefined).red(text)),
    })
    .showHelpAfterError('(run with --help for usage)')
    .addHelpText('after', `
Examples:
  $ propriety check post.txt
  $ propriety explain post.txt --pack department.prop
  $ propriety test department.prop
  $ propriety fmt --check packs/
  $ propriety compile department.prop -o department.json
  $ propriety docs department.prop -o docs/rules
${EXIT_CODES}`);

  addCheckCommand(program, 'check', io, exit);
  addCheckCommand(program, 'explain', io, exit);

  program
    .command('test')
    .description('run the examples written inside packs (the standard pack when none is named)')
    .argument('[packs...]', '.prop packs, or compiled .json packs')
    .addOption(packOption('a pack the tested packs may extend (repeatable)'))
    .addOption(colorOption()).addOption(noColorOption())
    .option('-q, --quiet', 'no warnings')
    .addHelpText('after', `
Each failing example is shown with its place (file:line:column), what it
expected and the findings it actually got.

Examples:
  $ propriety test department.prop
  $ propriety test team.prop --pack department.prop

Exit codes:
  0  every example passes
  1  some example fails
  3  a pack does not compile, or a usage error`)
    .action(async (packs: string[], options) => exit(await runTest(packs, options, io)));

  program
    .command('fmt')
    .description('rewrite packs in canonical form, in place')
    .argument('[files...]', '.prop files or folders (default: the working folder); - formats standard input to standard output')
    .option('--check', 'change nothing: list the files that are not formatted, exit 1 if any')
    .addOption(colorOption()).addOption(noColorOption())
    .option('-q, --quiet', 'no summary')
    .addHelpText('after', `
Examples:
  $ propriety fmt department.prop
  $ propriety fmt --check packs/
  $ propriety fmt - < department.prop

Exit codes:
  0  done (with --check: every file is formatted)
  1  with --check: some file is not formatted (its name is printed)
  3  a pack has syntax errors, or a usage error`)
    .action(async (files: string[], options) => exit(await runFmt(files, options, io)));

  program
    .command('compile')
    .description('compile a .prop pack to its IR (JSON), printing every problem with a code frame')
    .argument('<pack>', 'the .prop pack')
    .option('-o, --output <file>', 'where to write the IR (default: standard output)')
    .addOption(packOption('a pack it may extend (repeatable)'))
    .option('--minify', 'write the IR on one line')
    .addOption(colorOption()).addOption(noColorOption())
    .option('-q, --quiet', 'no warnings or summary')
    .addHelpText('after', `
Examples:
  $ propriety compile department.prop -o department.json
  $ propriety compile team.prop --pack department.prop > team.json

Exit codes:
  0  compiled
  3  the pack has errors (all printed, each with file:line:column), or a usage error`)
    .action(async (pack: string, options) => exit(await runCompile(pack, options, io)));

  program
    .command('docs')
    .description('write the rule reference of a pack as Markdown: index.md and one file per rule')
    .argument('[pack]', 'a .prop or compiled .json pack (default: the standard pack)')
    .requiredOption('-o, --output <folder>', 'the folder to write to')
    .addOption(packOption('a pack it may extend (repeatable)'))
    .addOption(colorOption()).addOption(noColorOption())
    .option('-q, --quiet', 'no summary')
    .addHelpText('after', `
Examples:
  $ propriety docs -o docs/rules
  $ propriety docs department.prop -o docs/department

Exit codes:
  0  written
  3  the pack has errors, or a usage error`)
    .action(async (pack: string | undefined, options) => exit(await runDocs(pack, options, io)));

  return program;
}

function addCheckCommand(program: Command, name: 'check' | 'explain', io: CheckIO, exit: (code: number) => void): void {
  const explain = name === 'explain';
  const command = program
    .command(name)
    .description(explain
      ? 'check, and say for every rule why it fired or not, and what would make the post pass'
      : 'check posts, replies and edits against a pack (the standard pack by default)')
    .argument('[inputs...]', 'files, folders, or - for standard input (default: standard input when piped)')
    .addOption(packOption('a .prop or compiled .json pack to check with, instead of the standard pack; repeat it to give the packs it extends'))
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('pretty'))
    .option('--jobs <n>', 'check in N worker threads; output keeps the input order', jobs, 1)
    .option('--ndjson', 'read standard input as NDJSON (one activity per line)')
    .option('--text', 'read standard input as the text of one post')
    .option('--now <date>', 'when an activity without `at` is published (ISO 8601; default: now)')
    .option('--no-progress', 'no progress bar (shown on a terminal when output is redirected)')
    .addOption(colorOption()).addOption(noColorOption())
    .option('-q, --quiet', 'no warnings, progress bar or summary on standard error');
  if (!explain) command.option('--explain', 'add to each report why every rule fired or not');

  command.optionsGroup?.('Activity fields, for plain-text inputs:');
  const choice = (path: string): string => {
    const values = allowedValues(path);
    return values.length > 0 ? `: ${values.join(', ')}` : '';
  };
  command
    .option('--id <id>', 'the activity id echoed in the report')
    .option('--kind <kind>', `what is published${choice('kind')}`)
    .option('--title <title>', 'the title (of a blog post, an article)')
    .option('--capacity <capacity>', `posting as${choice('capacity')}`)
    .option('--account <account>', `from an account that is${choice('account')}`)
    .option('--platform <platform>', `where${choice('channel.platform')}`)
    .option('--visibility <visibility>', `who can see it${choice('channel.visibility')}`)
    .option('--department <department>', "the author's department")
    .option('--role <role>', "the author's role")
    .option('--device <device>', `the device used${choice('author.device')}`)
    .option('--authorised-topic <topic>', 'a topic the author may speak on (repeatable)', collect)
    .option('--government-network', 'published from a government network')
    .option('--reply-to-handle <handle>', 'the handle of who it answers')
    .option('--reply-to-name <name>', 'the display name of who it answers')
    .option('--reply-to-bio <bio>', 'the profile text of who it answers')
    .option('--reply-to-kind <kind>', `who it answers${choice('inReplyTo.kind')}`)
    .option('--reply-to-verified', 'who it answers is verified')
    .option('--at <date>', 'when it will be published (ISO 8601: 2026-04-10 or 2026-04-10T09:00:00Z)')
    .addHelpText('after', explain ? EXPLAIN_EXAMPLES : CHECK_EXAMPLES)
    .action(async (inputs: string[], options: CheckCommandOptions) => {
      exit(await runCheck(inputs, { ...options, explain: explain || options.explain === true }, io));
    });
}

function packOption(description: string): Option {
  return new Option('-p, --pack <file>', description).argParser(collect).default([], 'none');
}

function colorOption(): Option {
  return new Option('--color', 'colour the output even when it is not a terminal');
}

function noColorOption(): Option {
  return new Option('--no-color', 'never colour the output (also: NO_COLOR=1)');
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function jobs(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new InvalidArgumentError('it must be a whole number from 1 to 64');
  return n;
}

/**
 * Runs `propriety` with `argv` (without the node and script paths) and
 * resolves with the exit code: usage errors and problems with packs or
 * inputs are printed here, not thrown.
 */
export async function run(argv: readonly string[], io: CheckIO): Promise<number> {
  let code: number = EXIT.ok;
  const program = buildProgram(io, (c) => {
    code = c;
  });
  if (argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT.usage;
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version end with code 0; every other parse error is a usage error.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (error instanceof UsageError) {
      const c = colorsFor(io.stderr, colourFlag(argv));
      io.stderr.write(`${c.red(c.bold('error'))}: ${error.message}\n`);
      if (error.details !== undefined && error.details !== '') io.stderr.write(`${error.details}\n`);
      return EXIT.usage;
    }
    throw error;
  }
}

function colourFlag(argv: readonly string[]): boolean | undefined {
  if (argv.includes('--no-color')) return false;
  if (argv.includes('--color')) return true;
  return undefined;
}
