-- Long computations (programme synchronisation) run as background jobs with progress; their results are kept with
-- the catalog state they were computed on, so a report can say it is out of date.
CREATE TABLE jobs (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
  kind text NOT NULL,
  parameters jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress double precision NOT NULL DEFAULT 0,
  result jsonb,
  error jsonb,
  catalog_state text,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  finished_at timestamptz
);
CREATE INDEX jobs_kind_idx ON jobs (kind, created_at DESC);
