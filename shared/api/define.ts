import type { z } from 'zod';
import type { DeviceRole, StaffRole } from './roles';

/**
 * One method of the hall API. `devices` lists the device roles that may call it; `staff` lists the staff
 * roles of which the caller must have signed in as one (absent: no sign-in needed).
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly summary: string;
  readonly input: I;
  readonly output: O;
  readonly devices: readonly DeviceRole[];
  readonly staff?: readonly StaffRole[];
  /** Callable by a LAN device that has not paired yet (to learn what it is, and to pair). */
  readonly beforePairing?: boolean;
}

export interface EventSpec<P extends z.ZodType = z.ZodType> {
  readonly summary: string;
  readonly payload: P;
  /** Device roles that receive the event. */
  readonly devices: readonly DeviceRole[];
}

export interface FeatureSpec {
  readonly methods: Record<string, MethodSpec>;
  readonly events: Record<string, EventSpec>;
}

export type ContractSpec = Record<string, FeatureSpec>;

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

export function event<P extends z.ZodType>(spec: EventSpec<P>): EventSpec<P> {
  return spec;
}

export function feature<M extends Record<string, MethodSpec>, E extends Record<string, EventSpec>>(spec: {
  methods: M;
  events: E;
}): { methods: M; events: E } {
  return spec;
}

/** `queue.issueTicket` for feature `queue`, method `issueTicket`. */
export type MethodName<C extends ContractSpec> = {
  [F in keyof C & string]: `${F}.${keyof C[F]['methods'] & string}`;
}[keyof C & string];

export type EventName<C extends ContractSpec> = {
  [F in keyof C & string]: `${F}.${keyof C[F]['events'] & string}`;
}[keyof C & string];

export type MethodOf<C extends ContractSpec, N extends string> = N extends `${infer F}.${infer M}`
  ? F extends keyof C
    ? M extends keyof C[F]['methods']
      ? C[F]['methods'][M]
      : never
    : never
  : never;

export type EventOf<C extends ContractSpec, N extends string> = N extends `${infer F}.${infer E}`
  ? F extends keyof C
    ? E extends keyof C[F]['events']
      ? C[F]['events'][E]
      : never
    : never
  : never;

export type InputOf<C extends ContractSpec, N extends string> = z.input<MethodOf<C, N>['input']>;
export type OutputOf<C extends ContractSpec, N extends string> = z.output<MethodOf<C, N>['output']>;
export type PayloadOf<C extends ContractSpec, N extends string> = z.output<EventOf<C, N>['payload']>;

/** The one client interface the renderer gets, whatever the transport: `client.queue.issueTicket(input)`. */
export type ClientOf<C extends ContractSpec> = {
  [F in keyof C]: {
    [M in keyof C[F]['methods']]: (
      input: z.input<C[F]['methods'][M]['input']>,
    ) => Promise<z.output<C[F]['methods'][M]['output']>>;
  };
};

/** Every method of a contract as `[name, spec]`, in declaration order. */
export function listMethods(contract: ContractSpec): Array<[string, MethodSpec]> {
  return Object.entries(contract).flatMap(([featureName, f]) =>
    Object.entries(f.methods).map(([name, spec]): [string, MethodSpec] => [`${featureName}.${name}`, spec]),
  );
}

export function listEvents(contract: ContractSpec): Array<[string, EventSpec]> {
  return Object.entries(contract).flatMap(([featureName, f]) =>
    Object.entries(f.events).map(([name, spec]): [string, EventSpec] => [`${featureName}.${name}`, spec]),
  );
}

export function findMethod(contract: ContractSpec, name: string): MethodSpec | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const f = contract[name.slice(0, dot)];
  const m = name.slice(dot + 1);
  return f && Object.hasOwn(f.methods, m) ? f.methods[m] : undefined;
}

export function findEvent(contract: ContractSpec, name: string): EventSpec | undefined {
  const dot = name.indexOf('.');
  if (dot < 0) return undefined;
  const f = contract[name.slice(0, dot)];
  const e = name.slice(dot + 1);
  return f && Object.hasOwn(f.events, e) ? f.events[e] : undefined;
}
