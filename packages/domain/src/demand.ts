import { z } from 'zod';
import { demandRequirementSchema } from './parameters';

/** The lifecycle of a hot-list line; see demand-status.ts for the allowed moves. */
export const demandLineStatuses = [
  'open',
  'candidates_found',
  'contacted',
  'sample',
  'qualified',
  'delivering',
  'closed',
  'cancelled',
] as const;
export type DemandLineStatus = (typeof demandLineStatuses)[number];

export const criticalities = ['production_stop', 'high', 'medium', 'low'] as const;
export type Criticality = (typeof criticalities)[number];

/** How close a replacement must be: the same footprint and function, the same pinout, or the same function. */
export const analogueGrades = ['drop-in', 'pin-compatible', 'functional'] as const;
export type AnalogueGradeName = (typeof analogueGrades)[number];

export const demandListVisibilities = ['union', 'invited'] as const;

export const demandListInputSchema = z.object({
  title: z.string().trim().min(1).max(500),
  description: z.string().max(10_000).nullable().default(null),
  visibility: z.enum(demandListVisibilities).default('union'),
});
export type DemandListInput = z.infer<typeof demandListInputSchema>;

export const demandListSchema = demandListInputSchema.extend({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  lineCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DemandList = z.infer<typeof demandListSchema>;

/** One item the buyer can no longer import. */
export const demandLineInputSchema = z.object({
  externalId: z.string().trim().min(1).max(200).nullable().default(null),
  name: z.string().trim().min(1).max(1000),
  nameEn: z.string().trim().max(1000).nullable().default(null),
  description: z.string().max(10_000).nullable().default(null),
  /** The part that is no longer delivered, its manufacturer and origin country. */
  partNumber: z.string().trim().max(200).nullable().default(null),
  manufacturer: z.string().trim().max(500).nullable().default(null),
  originCountry: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .nullable()
    .default(null)
    .describe('ISO code (US, DE) or country name'),
  tnved: z.string().trim().nullable().default(null),
  okpd2: z.string().trim().nullable().default(null),
  requirements: z.array(demandRequirementSchema).default([]),
  quantityPerYear: z.number().positive().nullable().default(null),
  quantityUnit: z.string().nullable().default(null),
  neededBy: z.iso.date().nullable().default(null),
  targetPrice: z.number().nonnegative().nullable().default(null),
  currency: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .nullable()
    .default(null)
    .describe('ISO 4217 code (BYN, RUB) or a usual spelling'),
  criticality: z.enum(criticalities).default('medium'),
  /** The weakest analogue of the foreign part the buyer accepts; null accepts any. */
  minimumAnalogueGrade: z.enum(analogueGrades).nullable().default(null),
  status: z.enum(demandLineStatuses).default('open'),
});
export type DemandLineInput = z.infer<typeof demandLineInputSchema>;

export const demandLineSchema = demandLineInputSchema.extend({
  id: z.string().uuid(),
  listId: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type DemandLine = z.infer<typeof demandLineSchema>;
