import { z } from 'zod';
import { unionCountryCodes } from './countries';
import { demandRequirementSchema } from './parameters';

export const programStatuses = ['draft', 'active', 'completed', 'archived'] as const;

/** A ministry's import-substitution program: what a country plans to localise. */
export const programInputSchema = z.object({
  country: z.enum(unionCountryCodes),
  ministryId: z.uuid().nullable().default(null),
  industry: z.string().trim().max(200).nullable().default(null),
  title: z.string().trim().min(1).max(500),
  periodFrom: z.number().int().min(2000).max(2100).nullable().default(null),
  periodTo: z.number().int().min(2000).max(2100).nullable().default(null),
  status: z.enum(programStatuses).default('active'),
});
export type ProgramInput = z.infer<typeof programInputSchema>;

export const programSchema = programInputSchema.extend({
  id: z.uuid(),
  itemCount: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Program = z.infer<typeof programSchema>;

/** One product a program plans to localise, with its yearly volume and the value of the imports it replaces. */
export const programItemInputSchema = z.object({
  externalId: z.string().trim().min(1).max(200).nullable().default(null),
  name: z.string().trim().min(1).max(1000),
  nameEn: z.string().trim().max(1000).nullable().default(null),
  description: z.string().max(10_000).nullable().default(null),
  tnved: z.string().trim().nullable().default(null),
  okpd2: z.string().trim().nullable().default(null),
  requirements: z.array(demandRequirementSchema).default([]),
  quantityPerYear: z.number().positive().nullable().default(null),
  quantityUnit: z.string().nullable().default(null),
  valuePerYear: z.number().nonnegative().nullable().default(null),
  currency: z.string().trim().min(1).max(20).nullable().default(null),
  targetYear: z.number().int().min(2000).max(2100).nullable().default(null),
  responsibleEnterprise: z.string().trim().max(500).nullable().default(null),
  note: z.string().max(5000).nullable().default(null),
});
export type ProgramItemInput = z.infer<typeof programItemInputSchema>;

export const programItemSchema = programItemInputSchema.extend({
  id: z.uuid(),
  programId: z.uuid(),
});
export type ProgramItem = z.infer<typeof programItemSchema>;
