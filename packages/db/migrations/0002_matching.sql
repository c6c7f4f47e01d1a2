-- Matching: the analogue cross-reference, the buyer's accepted analogue grade, stored matches per line.

ALTER TABLE demand_lines ADD COLUMN minimum_analogue_grade text
  CHECK (minimum_analogue_grade IN ('drop-in', 'pin-compatible', 'functional'));

-- Foreign parts and their domestic analogues, as imported (compact forms such as «140УД5А,Б» kept as written).
CREATE TABLE analogues (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  foreign_part text NOT NULL,
  foreign_manufacturer text,
  domestic_part text NOT NULL,
  domestic_manufacturer text,
  grade text NOT NULL CHECK (grade IN ('drop-in', 'pin-compatible', 'functional')),
  source text,
  created_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (foreign_part, domestic_part)
);

-- The ranked candidates of each line, refreshed as catalogs change.
CREATE TABLE demand_line_matches (
  line_id uuid NOT NULL REFERENCES demand_lines (id) ON DELETE CASCADE,
  product_id uuid NOT NULL REFERENCES products (id) ON DELETE CASCADE,
  rank integer NOT NULL,
  score double precision NOT NULL,
  explanation jsonb NOT NULL,
  failed jsonb NOT NULL DEFAULT '[]',
  summary text NOT NULL,
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (line_id, product_id)
);
CREATE INDEX demand_line_matches_rank_idx ON demand_line_matches (line_id, rank);
CREATE INDEX demand_line_matches_product_idx ON demand_line_matches (product_id);

-- When the stored matches were last brought up to date with the catalogs: products changed after it are synced
-- on the next start, even if they were imported while no server ran.
CREATE TABLE matching_state (
  name text PRIMARY KEY,
  synced_at timestamptz NOT NULL
);
