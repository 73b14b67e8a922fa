import type { z } from 'zod';
import type { ContractSpec, FeatureSpec } from '../../../shared/api/define';
import type { CallContext } from './context';

type Awaitable<T> = T | Promise<T>;

/** The implementation of one feature: a function per method of its contract, typed from the contract. */
export type FeatureHandlers<F extends FeatureSpec> = {
  [M in keyof F['methods']]: (
    input: z.output<F['methods'][M]['input']>,
    ctx: CallContext,
  ) => Awaitable<z.input<F['methods'][M]['output']>>;
};

export type ContractHandlers<C extends ContractSpec> = { [F in keyof C]: FeatureHandlers<C[F]> };
