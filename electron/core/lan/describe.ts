import { z } from 'zod';
import type { ContractSpec } from '../../../shared/api/define';
import { listEvents, listMethods } from '../../../shared/api/define';

/** `GET /api`: every method and event of the contract, with JSON Schemas, for LAN integrators. */
export function describeContract(contract: ContractSpec) {
  return {
    methods: listMethods(contract).map(([name, spec]) => ({
      name,
      summary: spec.summary,
      devices: spec.devices,
      staff: spec.staff ?? null,
      beforePairing: spec.beforePairing ?? false,
      input: z.toJSONSchema(spec.input, { io: 'input' }),
      output: z.toJSONSchema(spec.output, { io: 'output' }),
    })),
    events: listEvents(contract).map(([name, spec]) => ({
      name,
      summary: spec.summary,
      devices: spec.devices,
      payload: z.toJSONSchema(spec.payload, { io: 'output' }),
    })),
  };
}
