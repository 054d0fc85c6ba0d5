-- Background runs that compute the lottery of a burgerberaad (decision 0024). One row per run; the state follows
-- nl.stemwerk.app.sortition.run.RunState (docs/state-machines/sortition-run.md). Progress and the checkpoint are
-- written while the run goes (throttled); the finished lottery is stored in sortition_assembly as before.

create table sortition_run (
    id                  bigint generated always as identity primary key,
    assembly_id         bigint not null references sortition_assembly (id),
    algorithm           text not null check (algorithm in ('LEXIMIN', 'MAXIMIN')),
    state               text not null check (state in ('QUEUED', 'RUNNING', 'COMPUTED', 'CANCELLED', 'FAILED',
                                                        'INFEASIBLE')),
    -- the assembly's version when the run was queued: the lottery is stored only if nothing changed since
    assembly_version    integer not null,
    -- true when the server stopped during the run; the run can be resumed from its checkpoint
    interrupted         boolean not null default false,
    phase               text,
    panels_found        integer not null default 0,
    settled_volunteers  integer not null default 0,
    volunteers          integer not null default 0,
    lowest_probability  double precision,
    checkpoint          text,
    message             text,
    version             integer not null default 0,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);

-- At most one run per assembly waits or computes at a time.
create unique index sortition_run_one_active on sortition_run (assembly_id) where state in ('QUEUED', 'RUNNING');
create index sortition_run_assembly on sortition_run (assembly_id, id);
