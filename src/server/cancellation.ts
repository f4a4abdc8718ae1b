/**
 * Requests that wait (for a pending lint) honour `$/cancelRequest`: a cancelled request is
 * answered at once with RequestCancelled, whatever it waited for. A request the user cannot
 * have (a rename to a taken id) fails with the reason, which the client shows.
 */
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';
import { UserError } from '../language-service/index';

/** `data`: what the method's errors carry (a pull of diagnostics says whether to pull again). */
export function answer<T, D = void>(token: CancellationToken, work: () => Promise<T>, data?: D): Promise<T | ResponseError<D>> {
  const cancelled = (): ResponseError<D> => new ResponseError<D>(LSPErrorCodes.RequestCancelled, 'The request was cancelled.', data);
  if (token.isCancellationRequested) return Promise.resolve(cancelled());
  return new Promise((resolve) => {
    const sub = token.onCancellationRequested(() => {
      sub.dispose();
      resolve(cancelled());
    });
    work().then(
      (v) => {
        sub.dispose();
        resolve(token.isCancellationRequested ? cancelled() : v);
      },
      (e: unknown) => {
        sub.dispose();
        resolve(new ResponseError<D>(LSPErrorCodes.RequestFailed, e instanceof UserError || e instanceof Error ? e.message : String(e), data));
      },
    );
  });
}
