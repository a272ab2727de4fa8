import { apiArgs, type AccordApi, type ApiMethod, type ApiResults } from './api';
import { fail, type Result } from './result';

/** Whether a string names a method of the contract. */
export function isApiMethod(name: unknown): name is ApiMethod {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(apiArgs, name);
}

/**
 * Validates an untrusted payload against the contract and calls the handler. Every server (IPC,
 * browser host, CLI) goes through here, so no service ever sees an unchecked argument. Bugs in a
 * handler become an `internal` Result rather than a crash of the serving process.
 */
export async function dispatch(
  handlers: AccordApi,
  method: unknown,
  payload: unknown,
  onBug: (error: unknown) => void = () => undefined,
): Promise<Result<ApiResults[ApiMethod]>> {
  if (!isApiMethod(method))
    return fail('invalid-argument', `Unknown operation “${String(method).slice(0, 80)}”.`);
  const parsed = apiArgs[method].safeParse(payload ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length ? ` at ${issue.path.join('.')}` : '';
    return fail(
      'invalid-argument',
      `The request for ${method} was not valid${where}: ${issue?.message ?? 'bad arguments'}.`,
    );
  }
  try {
    const handler = handlers[method] as (args: unknown) => Promise<Result<ApiResults[ApiMethod]>>;
    return await handler(parsed.data);
  } catch (error) {
    onBug(error);
    return fail(
      'internal',
      `Accord hit an unexpected problem during ${method}. Your document has not been changed.`,
    );
  }
}
