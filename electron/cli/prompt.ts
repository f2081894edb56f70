import type { SecretPrompt } from './passphrase';

/** The few parts of a terminal the prompt uses: process.stdin and process.stderr, or a test's stand-ins. */
export type PromptTerminal = {
  stdin: {
    isTTY?: boolean;
    setRawMode(raw: boolean): unknown;
    resume(): unknown;
    pause(): unknown;
    setEncoding(encoding: BufferEncoding): unknown;
    on(event: 'data', listener: (chunk: string) => void): unknown;
    off(event: 'data', listener: (chunk: string) => void): unknown;
  };
  stderr: { write(text: string): unknown };
};

/**
 * Reads a secret from the terminal without echoing it: raw mode, one key at a time, Backspace and
 * Ctrl-C handled. Returns null when stdin is not a terminal (a pipe, CI), where nobody could answer.
 */
export function terminalSecretPrompt(terminal: PromptTerminal = process): SecretPrompt {
  const { stdin, stderr } = terminal;
  if (!stdin.isTTY) return null;
  return question =>
    new Promise((resolve, reject) => {
      let typed = '';
      // Echo off before the question shows: someone who types the moment they see it must not see
      // the first keys of the passphrase printed back.
      stdin.setRawMode(true);
      stderr.write(question);
      stdin.resume();
      stdin.setEncoding('utf8');
      const done = (finish: () => void) => {
        stdin.setRawMode(false);
        stdin.pause();
        stdin.off('data', onData);
        stderr.write('\n');
        finish();
      };
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            done(() => resolve(typed));
            return;
          }
          if (ch === '\u0003') {
            done(() => reject(new Error('Cancelled.')));
            return;
          }
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      stdin.on('data', onData);
    });
}
