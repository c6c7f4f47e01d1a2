import { z } from 'zod';
import { unionCountryCodes } from './countries';

export const organisationKinds = ['enterprise', 'ministry'] as const;
export type OrganisationKind = (typeof organisationKinds)[number];

/** What a user sends to create or replace an organisation. Tax ids are checked by validateOrganisation. */
export const organisationInputSchema = z.object({
  kind: z.enum(organisationKinds).default('enterprise'),
  nameRu: z.string().trim().min(1).max(500),
  nameEn: z.string().trim().max(500).nullable().default(null),
  country: z.enum(unionCountryCodes),
  taxId: z.string().trim().min(1).max(20),
  ogrn: z.string().trim().max(20).nullable().default(null),
  industries: z.array(z.string().trim().min(1).max(100)).max(50).default([]),
});
export type OrganisationInput = z.infer<typeof organisationInputSchema>;

export const organisationSchema = organisationInputSchema.extend({
  id: z.string().uuid(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Organisation = z.infer<typeof organisationSchema>;
