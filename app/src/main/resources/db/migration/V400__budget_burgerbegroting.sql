-- Participatory budgets (burgerbegroting): set-up, projects, ballots, the lot and the count.
-- Ballots, lots and counts are append-only (a trigger refuses UPDATE and DELETE): a count can be recomputed
-- years later from exactly what was stored.

create table budget (
    id                 bigint generated always as identity primary key,
    municipality_id    bigint not null references municipality (id),
    name               text not null check (length(name) between 1 and 200),
    description        text not null default '' check (length(description) <= 4000),
    amount_cents       bigint not null check (amount_cents > 0),
    voting_method      text not null check (voting_method in ('APPROVAL', 'KNAPSACK')),
    min_projects       integer not null default 0 check (min_projects >= 0),
    max_projects       integer check (max_projects is null or max_projects >= greatest(min_projects, 1)),
    -- the rule without caps, as a budgeting RuleVariant id; caps are added for every kind that has one
    rule_id            text not null check (rule_id ~ '^(greedy|mes)/[a-z0-9/+-]+/v[0-9]+$'),
    phase              text not null check (phase in ('PREPARATION', 'SUBMISSION', 'REVIEW', 'VOTING', 'CLOSED',
                                                      'PUBLISHED', 'CANCELLED')),
    submission_opens   date,
    submission_closes  date,
    voting_opens       date,
    voting_closes      date,
    result_on          date,
    version            integer not null default 0,
    created_at         timestamptz not null default now(),
    check (submission_closes is null or submission_opens is null or submission_opens <= submission_closes),
    check (voting_closes is null or voting_opens is null or voting_opens <= voting_closes)
);

-- Areas (buurt, wijk, kern) and categories (thema) of a budget, each with an optional cap.
create table budget_group (
    id          bigint generated always as identity primary key,
    budget_id   bigint not null references budget (id),
    kind        text not null check (kind in ('AREA', 'CATEGORY')),
    name        text not null check (length(name) between 1 and 100 and name !~ '[,;]'),
    cap_cents   bigint check (cap_cents is null or cap_cents > 0),
    position    integer not null,
    unique (budget_id, kind, name)
);

create table budget_project (
    id           bigint generated always as identity primary key,
    budget_id    bigint not null references budget (id),
    -- the project id of the .pb file: no separators, so it can stand in a vote list
    code         text not null check (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    name         text not null check (length(name) between 1 and 200),
    description  text not null default '' check (length(description) <= 2000),
    cost_cents   bigint not null check (cost_cents > 0),
    area         text,
    position     integer not null,
    unique (budget_id, code)
);

create table budget_project_category (
    project_id  bigint not null references budget_project (id) on delete cascade,
    category    text not null,
    primary key (project_id, category)
);

-- One row per resident who voted. No time, no code, no address: the ballot cannot be linked to a letter.
create table budget_ballot (
    id          bigint generated always as identity primary key,
    budget_id   bigint not null references budget (id),
    voter_ref   text not null check (voter_ref ~ '^[0-9a-z]{8,32}$'),
    channel     text not null check (channel in ('ONLINE', 'PAPER')),
    -- the staff member who entered a paper ballot; empty for online votes
    entered_by  text,
    unique (budget_id, voter_ref),
    check ((channel = 'PAPER') = (entered_by is not null))
);

create table budget_ballot_project (
    ballot_id   bigint not null references budget_ballot (id),
    project_id  bigint not null references budget_project (id),
    primary key (ballot_id, project_id)
);

-- The lot drawn once, before the count; reused by every (re)computation.
create table budget_lot (
    budget_id      bigint primary key references budget (id),
    seed           text not null check (length(seed) between 1 and 100),
    project_order  text not null,
    drawn_by       text not null,
    drawn_at       timestamptz not null default now()
);

create table budget_count (
    budget_id        bigint primary key references budget (id),
    rule_id          text not null,
    ballots          integer not null,
    -- SHA-256 of the anonymised .pb export (without result) the count was made from
    input_sha256     char(64) not null,
    total_cost_cents bigint not null,
    endowment        text not null default '',
    summary          text not null,
    rule_text        text not null,
    counted_by       text not null,
    counted_at       timestamptz not null default now()
);

create table budget_count_project (
    budget_id     bigint not null references budget_count (budget_id),
    project_id    bigint not null references budget_project (id),
    selected      boolean not null,
    -- the order in which winners were chosen, 1 first; empty for projects not chosen
    rank          integer,
    votes         integer not null,
    explanation   text not null,
    primary key (budget_id, project_id)
);

create function budget_record_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger budget_ballot_append_only before update or delete on budget_ballot
    for each row execute function budget_record_is_append_only();
create trigger budget_ballot_project_append_only before update or delete on budget_ballot_project
    for each row execute function budget_record_is_append_only();
create trigger budget_lot_append_only before update or delete on budget_lot
    for each row execute function budget_record_is_append_only();
create trigger budget_count_append_only before update or delete on budget_count
    for each row execute function budget_record_is_append_only();
create trigger budget_count_project_append_only before update or delete on budget_count_project
    for each row execute function budget_record_is_append_only();
