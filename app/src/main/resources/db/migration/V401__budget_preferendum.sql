-- Preferenda: one question, several options, scored or ranked by residents with a voting code.
-- Ballots are append-only, like those of a burgerbegroting.

create table preferendum (
    id               bigint generated always as identity primary key,
    municipality_id  bigint not null references municipality (id),
    question         text not null check (length(question) between 1 and 300),
    description      text not null default '' check (length(description) <= 4000),
    method           text not null check (method in ('SCORE', 'BORDA')),
    min_score        integer not null default 0,
    max_score        integer not null default 0,
    status           text not null check (status in ('PREPARATION', 'VOTING', 'CLOSED')),
    voting_opens     date,
    voting_closes    date,
    version          integer not null default 0,
    created_at       timestamptz not null default now(),
    check (min_score <= max_score),
    check (method = 'BORDA' or max_score - min_score between 1 and 10),
    check (voting_closes is null or voting_opens is null or voting_opens <= voting_closes)
);

create table preferendum_option (
    id              bigint generated always as identity primary key,
    preferendum_id  bigint not null references preferendum (id),
    code            text not null check (code ~ '^[A-Za-z0-9._-]{1,40}$'),
    label           text not null check (length(label) between 1 and 200),
    position        integer not null,
    unique (preferendum_id, code)
);

create table preferendum_ballot (
    id              bigint generated always as identity primary key,
    preferendum_id  bigint not null references preferendum (id),
    voter_ref       text not null check (voter_ref ~ '^[0-9a-z]{8,32}$'),
    channel         text not null check (channel in ('ONLINE', 'PAPER')),
    entered_by      text,
    unique (preferendum_id, voter_ref),
    check ((channel = 'PAPER') = (entered_by is not null))
);

-- A score, or a place in the ranking (1 = first). An option left out of a ranking has no row.
create table preferendum_answer (
    ballot_id   bigint not null references preferendum_ballot (id),
    option_id   bigint not null references preferendum_option (id),
    value       integer not null,
    primary key (ballot_id, option_id)
);

create trigger preferendum_ballot_append_only before update or delete on preferendum_ballot
    for each row execute function budget_record_is_append_only();
create trigger preferendum_answer_append_only before update or delete on preferendum_answer
    for each row execute function budget_record_is_append_only();
