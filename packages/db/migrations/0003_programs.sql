-- Import-substitution programs of ministries and their items.

CREATE TABLE programs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  country char(2) NOT NULL REFERENCES countries (code),
  ministry_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  industry text,
  title text NOT NULL,
  period_from integer,
  period_to integer,
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('draft', 'active', 'completed', 'archived')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (country, title)
);

CREATE TABLE program_items (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  program_id uuid NOT NULL REFERENCES programs (id) ON DELETE CASCADE,
  external_id text,
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  name_en text,
  description text,
  tnved text,
  okpd2 text,
  requirements jsonb NOT NULL DEFAULT '[]',
  quantity_per_year numeric,
  quantity_unit text REFERENCES units (code),
  value_per_year numeric(20, 2),
  currency char(3),
  target_year integer,
  responsible_enterprise text,
  note text,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (program_id, external_id)
);
CREATE INDEX program_items_program_idx ON program_items (program_id, position);
