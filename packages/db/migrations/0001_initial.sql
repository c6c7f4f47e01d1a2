-- Coopex initial schema. PostgreSQL 15+ and PGlite run the same file.

CREATE TABLE countries (
  code char(2) PRIMARY KEY,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  is_union_member boolean NOT NULL DEFAULT false
);

-- Units with their conversion to the base unit of their dimension: base = value * factor + base_offset.
CREATE TABLE units (
  code text PRIMARY KEY,
  dimension text NOT NULL,
  name_ru text NOT NULL,
  name_en text NOT NULL,
  factor double precision NOT NULL,
  base_offset double precision NOT NULL DEFAULT 0,
  aliases text[] NOT NULL DEFAULT '{}'
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL CHECK (kind IN ('enterprise', 'ministry')),
  name_ru text NOT NULL,
  name_en text,
  country char(2) NOT NULL REFERENCES countries (code),
  tax_id text NOT NULL,
  ogrn text,
  industries text[] NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (country, tax_id)
);
CREATE INDEX organisations_country_idx ON organisations (country, kind);

-- Classifier entries keep every version the official tables carry; valid_from '0001-01-01' when a source has no dates.
CREATE TABLE classifier_entries (
  system text NOT NULL CHECK (system IN ('tnved', 'okpd2', 'hs')),
  code text NOT NULL,
  valid_from date NOT NULL DEFAULT '0001-01-01',
  valid_to date,
  parent_code text,
  level text NOT NULL,
  name_ru text,
  name_en text,
  full_name_ru text,
  PRIMARY KEY (system, code, valid_from)
);
CREATE INDEX classifier_entries_parent_idx ON classifier_entries (system, parent_code);

CREATE TABLE products (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  external_id text,
  name_ru text NOT NULL,
  name_en text,
  description text,
  manufacturer text,
  part_number text,
  tnved text,
  okpd2 text,
  country char(2),
  parameters jsonb NOT NULL DEFAULT '[]',
  capacity_per_year numeric,
  capacity_unit text REFERENCES units (code),
  lead_time_days integer,
  minimum_order numeric,
  minimum_order_unit text REFERENCES units (code),
  price numeric(20, 4),
  currency char(3),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'draft', 'discontinued')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (organisation_id, external_id)
);
CREATE INDEX products_organisation_idx ON products (organisation_id, id);
CREATE INDEX products_tnved_idx ON products (tnved text_pattern_ops);
CREATE INDEX products_okpd2_idx ON products (okpd2 text_pattern_ops);
CREATE INDEX products_part_number_idx ON products (upper(part_number));

CREATE TABLE demand_lists (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
  title text NOT NULL,
  description text,
  visibility text NOT NULL DEFAULT 'union' CHECK (visibility IN ('union', 'invited')),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX demand_lists_organisation_idx ON demand_lists (organisation_id);

CREATE TABLE demand_lines (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  list_id uuid NOT NULL REFERENCES demand_lists (id) ON DELETE CASCADE,
  external_id text,
  position integer NOT NULL DEFAULT 0,
  name text NOT NULL,
  name_en text,
  description text,
  part_number text,
  manufacturer text,
  origin_country char(2),
  tnved text,
  okpd2 text,
  requirements jsonb NOT NULL DEFAULT '[]',
  quantity_per_year numeric,
  quantity_unit text REFERENCES units (code),
  needed_by date,
  target_price numeric(20, 4),
  currency char(3),
  criticality text NOT NULL DEFAULT 'medium' CHECK (criticality IN ('production_stop', 'high', 'medium', 'low')),
  status text NOT NULL DEFAULT 'open' CHECK (
    status IN ('open', 'candidates_found', 'contacted', 'sample', 'qualified', 'delivering', 'closed', 'cancelled')
  ),
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (list_id, external_id)
);
CREATE INDEX demand_lines_list_idx ON demand_lines (list_id, position, id);
CREATE INDEX demand_lines_status_idx ON demand_lines (status);

-- A record of every import, kept for the user's history and for support.
CREATE TABLE import_runs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  organisation_id uuid REFERENCES organisations (id) ON DELETE SET NULL,
  file_name text,
  status text NOT NULL CHECK (status IN ('imported', 'rejected', 'partial')),
  rows_read integer NOT NULL DEFAULT 0,
  rows_imported integer NOT NULL DEFAULT 0,
  rows_rejected integer NOT NULL DEFAULT 0,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL DEFAULT now()
);
