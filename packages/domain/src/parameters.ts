import { z } from 'zod';

/**
 * Technical parameters. A product offers values; a demand line states requirements.
 * Units are codes from the unit table (see units.ts); comparison happens after conversion.
 */
export const parameterValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('number'), value: z.number(), unit: z.string().optional() }),
  z.object({
    kind: z.literal('range'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string().optional(),
  }),
  z.object({ kind: z.literal('set'), values: z.array(z.string()).min(1) }),
  z.object({ kind: z.literal('text'), value: z.string() }),
]);
export type ParameterValue = z.infer<typeof parameterValueSchema>;

export const productParameterSchema = z.object({
  name: z.string().min(1),
  value: parameterValueSchema,
});
export type ProductParameter = z.infer<typeof productParameterSchema>;

export const parameterRequirementSchema = z.discriminatedUnion('kind', [
  /**
   * A product's range must cover [min, max] (an operating range); a product's single value must lie within it.
   * Either end may be open.
   */
  z.object({
    kind: z.literal('range'),
    min: z.number().nullable(),
    max: z.number().nullable(),
    unit: z.string().optional(),
  }),
  /** The product's value must be one of these. */
  z.object({ kind: z.literal('values'), values: z.array(z.string()).min(1) }),
  /** The product's text value must match this regular expression (case-insensitive). */
  z.object({ kind: z.literal('pattern'), pattern: z.string().min(1) }),
]);
export type ParameterRequirementValue = z.infer<typeof parameterRequirementSchema>;

export const demandRequirementSchema = z.object({
  name: z.string().min(1),
  requirement: parameterRequirementSchema,
});
export type DemandRequirement = z.infer<typeof demandRequirementSchema>;
