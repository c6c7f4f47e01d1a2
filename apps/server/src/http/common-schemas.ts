import { z } from 'zod';

export const idParameterSchema = z.object({ id: z.uuid() });

export const paginationQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
});

export function pageSchema<Item extends z.ZodType>(item: Item) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    limit: z.number().int(),
    offset: z.number().int(),
  });
}

export const fieldProblemSchema = z
  .object({ field: z.string(), value: z.string().nullable(), reason: z.string() })
  .meta({ id: 'FieldProblem' });

export const warningsSchema = z.array(fieldProblemSchema);
