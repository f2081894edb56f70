/**
 * Reads a secret from the terminal without echoing it: raw mode, one key at a time, Backspace and
 * Ctrl-C handled. Returns null when stdin is not a terminal (a pipe, CI), where nobody could answer.
 */
export function terminalSecretPrompt(): ((question: string) => Promise<string>) | null {
  const { stdin, stderr } = process;
  if (!stdin.isTTY) return null;
  return question =>
    new Promise((resolve, reject) => {
      let typed = '';
      stderr.write(question);
      stdin.setRawMode(true);
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
