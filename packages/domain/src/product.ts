import { z } from 'zod';
import { productParameterSchema } from './parameters';

export const productStatuses = ['active', 'draft', 'discontinued'] as const;
export type ProductStatus = (typeof productStatuses)[number];

/** A supplier's catalog item as a user writes it (API body or one imported row). */
export const productInputSchema = z.object({
  externalId: z.string().trim().min(1).max(200).nullable().default(null),
  nameRu: z.string().trim().min(1).max(1000),
  nameEn: z.string().trim().max(1000).nullable().default(null),
  description: z.string().max(10_000).nullable().default(null),
  manufacturer: z.string().trim().max(500).nullable().default(null),
  partNumber: z.string().trim().max(200).nullable().default(null),
  tnved: z.string().trim().nullable().default(null),
  okpd2: z.string().trim().nullable().default(null),
  /** Country where the product is made; defaults to the supplier's country. */
  country: z
    .string()
    .trim()
    .min(2)
    .max(60)
    .nullable()
    .default(null)
    .describe('ISO code (BY, RU) or country name'),
  parameters: z.array(productParameterSchema).default([]),
  capacityPerYear: z.number().nonnegative().nullable().default(null),
  capacityUnit: z.string().nullable().default(null),
  leadTimeDays: z.number().int().nonnegative().nullable().default(null),
  minimumOrder: z.number().nonnegative().nullable().default(null),
  minimumOrderUnit: z.string().nullable().default(null),
  price: z.number().nonnegative().nullable().default(null),
  currency: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .nullable()
    .default(null)
    .describe('ISO 4217 code (BYN, RUB) or a usual spelling'),
  status: z.enum(productStatuses).default('active'),
});
export type ProductInput = z.infer<typeof productInputSchema>;

export const productSchema = productInputSchema.extend({
  id: z.string().uuid(),
  organisationId: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Product = z.infer<typeof productSchema>;

/** A product as one viewer sees it: confidential fields they may not see are null and named in `hiddenFields`. */
export const productViewSchema = productSchema.extend({
  capacityBand: z
    .object({ from: z.number(), to: z.number(), unit: z.string().nullable() })
    .nullable()
    .describe('The published range the yearly capacity lies in; everyone sees it'),
  hiddenFields: z
    .array(z.enum(['price', 'currency', 'capacityPerYear']))
    .describe(
      'Fields withheld from this viewer: only the supplier, its country’s coordinators and buyers it made an offer to see them',
    ),
});
export type ProductView = z.infer<typeof productViewSchema>;
