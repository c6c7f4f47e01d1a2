import {
  checkRequirement,
  type DemandRequirement,
  type ParameterValue,
  type ProductParameter,
} from '@coopex/domain';
import { normalizeParameterName, parameterKind } from './parameter-kinds';

export interface ParameterVerdict {
  requirement: string;
  /** The product parameter the requirement was compared with (its name in the catalog). */
  offeredAs: string | null;
  isMet: boolean | null;
  reason: string;
}

/**
 * Compares every requirement with the product's parameter of the same name, else of the same kind, else with what
 * its name and description say. A requirement nobody states is unknown, not failed: the buyer must ask.
 */
export function checkParameters(options: {
  requirements: readonly DemandRequirement[];
  parameters: readonly ProductParameter[];
  textParameters: readonly ProductParameter[];
}): ParameterVerdict[] {
  return options.requirements.map((requirement) => {
    const offered =
      findByName(options.parameters, requirement.name) ??
      findByKind(options.parameters, requirement.name) ??
      findByKind(options.textParameters, requirement.name);
    if (!offered) {
      return {
        requirement: requirement.name,
        offeredAs: null,
        isMet: null,
        reason: `${requirement.name}: not stated`,
      };
    }
    const check = checkRequirement(offered.value as ParameterValue, requirement.requirement);
    return {
      requirement: requirement.name,
      offeredAs: offered.name,
      isMet: check.isMet,
      reason: `${requirement.name}: ${check.reason}`,
    };
  });
}

function findByName(parameters: readonly ProductParameter[], name: string): ProductParameter | undefined {
  const wanted = normalizeParameterName(name);
  return parameters.find((parameter) => normalizeParameterName(parameter.name) === wanted);
}

function findByKind(parameters: readonly ProductParameter[], name: string): ProductParameter | undefined {
  const kind = parameterKind(name);
  if (kind === null) return undefined;
  return parameters.find((parameter) => parameterKind(parameter.name) === kind);
}
