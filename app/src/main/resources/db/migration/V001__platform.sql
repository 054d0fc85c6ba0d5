-- Platform tables: municipalities, polling stations, users and roles, the audit log, seeding.
-- Feature migrations use their own version ranges (see docs/architecture.md): 100 elections, 200 turnout,
-- 300 assemblies, 400 budgets, 500 kennisbank.

create table municipality (
    id          bigint generated always as identity primary key,
    cbs_code    char(6) not null unique check (cbs_code ~ '^GM[0-9]{4}$'),
    name        text not null check (length(name) between 1 and 200),
    -- the municipality that runs this installation; other municipalities are there for comparison (turnout)
    is_home     boolean not null default false,
    created_at  timestamptz not null default now()
);
create unique index municipality_one_home on municipality (is_home) where is_home;

create table polling_station (
    id              bigint generated always as identity primary key,
    municipality_id bigint not null references municipality (id),
    number          integer not null check (number > 0),
    name            text not null check (length(name) between 1 and 300),
    postcode        text not null default '' check (postcode = '' or postcode ~ '^[1-9][0-9]{3} ?[A-Z]{2}$'),
    station_type    text not null default 'regulier' check (station_type in ('regulier', 'bijzonder', 'mobiel')),
    created_at      timestamptz not null default now(),
    unique (municipality_id, number)
);

create table app_user (
    id                    bigint generated always as identity primary key,
    username              text not null unique check (username ~ '^[a-z0-9][a-z0-9._-]{1,62}$'),
    display_name          text not null check (length(display_name) between 1 and 200),
    password_hash         text not null,
    must_change_password  boolean not null default true,
    enabled               boolean not null default true,
    created_at            timestamptz not null default now(),
    password_changed_at   timestamptz
);

create table user_role (
    user_id bigint not null references app_user (id),
    role    text not null check (role in ('BEHEERDER', 'COORDINATOR', 'INVOERDER', 'GSB_VOORZITTER', 'GSB_LID',
                                          'CSB', 'GRIFFIE', 'RAADPLEGER', 'KENNISBEHEERDER')),
    primary key (user_id, role)
);

-- Append-only and hash-chained: see AuditChain. The trigger below refuses every change to existing rows.
create table audit_log (
    sequence       bigint primary key check (sequence > 0),
    occurred_at    timestamptz not null,
    actor          text not null,
    action         text not null,
    subject        text not null,
    details        text not null,
    previous_hash  char(64) not null,
    hash           char(64) not null unique
);
create index audit_log_actor on audit_log (actor);
create index audit_log_action on audit_log (action);
create index audit_log_occurred_at on audit_log (occurred_at);

create function audit_log_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_log is append-only: % is not allowed', tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

-- Which demo seed steps have run, so that a restart (or an upgrade with new steps) seeds only what is new.
create table demo_seed_step (
    step_id   text primary key,
    seeded_at timestamptz not null default now()
);
