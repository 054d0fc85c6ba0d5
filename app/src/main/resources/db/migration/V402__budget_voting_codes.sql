-- Voting codes (stemcodes) for a burgerbegroting or a preferendum. Only a keyed hash of each code is stored
-- (HMAC-SHA-256 with the server's key, see VotingCodeHasher); the codes themselves exist only in the printed
-- letters. A used code has no time and no link to a ballot.

create table voting_code_batch (
    id              bigint generated always as identity primary key,
    budget_id       bigint references budget (id),
    preferendum_id  bigint references preferendum (id),
    size            integer not null check (size between 1 and 5000),
    per             text not null check (per in ('HOUSEHOLD', 'RESIDENT')),
    created_by      text not null,
    created_at      timestamptz not null default now(),
    withdrawn       boolean not null default false,
    check (num_nonnulls(budget_id, preferendum_id) = 1)
);

create table voting_code (
    id          bigint generated always as identity primary key,
    batch_id    bigint not null references voting_code_batch (id),
    code_hash   bytea not null unique check (length(code_hash) = 32),
    used        boolean not null default false
);
create index voting_code_batch_used on voting_code (batch_id, used);
