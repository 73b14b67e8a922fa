import type { z } from 'zod';
import type { ContractSpec, MethodSpec } from '../../../shared/api/define';
import { findMethod } from '../../../shared/api/define';
import { API_ERRORS, HallError } from '../../../shared/api/errors';
import type { CallResult } from '../../../shared/api/transport';
import type { ActiveSession, CallContext, CallerDevice } from './context';
import type { ContractHandlers } from './handlers';
import type { Logger } from '../log';

export interface Dispatcher {
  call(device: CallerDevice, sessionToken: string | null, method: string, input: unknown): Promise<CallResult>;
}

/**
 * Both transports end here: find the method, check the device may call it, validate the input, check the
 * staff session, run the handler, validate the output. Every refusal happens before the handler runs, so bad
 * input changes nothing.
 */
export function createDispatcher<C extends ContractSpec>(
  contract: C,
  handlers: ContractHandlers<C>,
  resolveSession: (token: string) => ActiveSession | null,
  log: Logger,
): Dispatcher {
  return {
    async call(device, sessionToken, method, input) {
      try {
        const spec = findMethod(contract, method);
        if (!spec) throw new HallError(API_ERRORS.unknownMethod, `Unknown method: ${String(method).slice(0, 80)}`);
        checkDevice(spec, device);
        const parsed = parseInput(spec, input);
        const session = sessionToken ? resolveSession(sessionToken) : null;
        checkStaff(spec, session);
        const [featureName, name] = splitName(method);
        const handler = (handlers as Record<string, Record<string, Handler>>)[featureName]?.[name];
        if (!handler) throw new HallError(API_ERRORS.unknownMethod, `Method ${method} has no implementation`);
        const ctx: CallContext = { device, session };
        const value = await handler(parsed, ctx);
        return { ok: true, value: parseOutput(spec, method, value) };
      } catch (error) {
        if (error instanceof HallError) return { ok: false, error: error.toBody() };
        // Inputs may hold personal data: log the method and the error, never the input.
        log.error(`method ${method} failed`, error);
        return { ok: false, error: { code: API_ERRORS.internal, message: 'Internal error; see the host log' } };
      }
    },
  };
}

type Handler = (input: unknown, ctx: CallContext) => unknown;

function splitName(method: string): [string, string] {
  const dot = method.indexOf('.');
  return [method.slice(0, dot), method.slice(dot + 1)];
}

function checkDevice(spec: MethodSpec, device: CallerDevice): void {
  if (device.role === null) {
    if (spec.beforePairing) return;
    throw new HallError(API_ERRORS.notPaired, 'This device is not paired with the hall host; pair it first');
  }
  if (!spec.devices.includes(device.role)) {
    throw new HallError(API_ERRORS.forbiddenDevice, `A ${device.role} device may not call this method`);
  }
}

function parseInput(spec: MethodSpec, input: unknown): unknown {
  const result = spec.input.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new HallError(API_ERRORS.invalidInput, describeIssues(result.error), fieldsOf(result.error));
}

function checkStaff(spec: MethodSpec, session: ActiveSession | null): void {
  if (!spec.staff) return;
  if (!session) throw new HallError(API_ERRORS.notSignedIn, 'Sign in first');
  if (!spec.staff.includes(session.staff.role)) {
    throw new HallError(API_ERRORS.forbiddenRole, `The ${session.staff.role} role may not do this`);
  }
}

function parseOutput(spec: MethodSpec, method: string, value: unknown): unknown {
  const result = spec.output.safeParse(value);
  if (result.success) return result.data;
  throw new Error(`Output of ${method} does not match the contract: ${describeIssues(result.error)}`);
}

function fieldsOf(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '(input)';
    fields[path] ??= issue.message;
  }
  return fields;
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || 'input'}: ${i.message}`)
    .join('; ');
}
