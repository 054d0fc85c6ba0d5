-- Elections of the home municipality: lists, candidates, polling stations, committee sessions and their typists.
-- Results are never updated in place: entries, states and corrections are new rows (V101 and later).

create table election (
    id               bigint generated always as identity primary key,
    municipality_id  bigint not null references municipality (id),
    identifier       text not null unique check (length(identifier) between 1 and 100),
    name             text not null check (length(name) between 1 and 300),
    category         text not null check (category ~ '^[A-Z]{2}$'),
    subcategory      text not null default '',
    domain_code      text not null,
    domain_name      text not null,
    election_date    date not null,
    nomination_date  date,
    seats            integer not null check (seats between 1 and 150),
    -- CSO: candidate votes counted centrally by the GSB; DSO: at the polling stations. Set-up, not a result: it
    -- may change (audited) until the first entry exists.
    counting_method  text not null check (counting_method in ('CSO', 'DSO')),
    created_at       timestamptz not null default now()
);

create table election_list (
    election_id  bigint not null references election (id),
    number       integer not null check (number > 0),
    name         text not null default '',
    primary key (election_id, number)
);

create table candidate (
    election_id  bigint not null,
    list_number  integer not null,
    number       integer not null check (number > 0),
    initials     text not null default '',
    first_name   text not null default '',
    name_prefix  text not null default '',
    last_name    text not null check (length(last_name) between 1 and 200),
    gender       text not null check (gender in ('MALE', 'FEMALE', 'X', 'UNKNOWN')),
    locality     text not null default '',
    primary key (election_id, list_number, number),
    foreign key (election_id, list_number) references election_list (election_id, number)
);

-- A polling station as it takes part in one election, linked to the municipality's station with the same number.
create table election_station (
    id                  bigint generated always as identity primary key,
    election_id         bigint not null references election (id),
    polling_station_id  bigint not null references polling_station (id),
    number              integer not null check (number > 0),
    name                text not null check (length(name) between 1 and 300),
    station_type        text not null check (station_type in ('FIXED', 'SPECIAL', 'MOBILE')),
    voters              bigint check (voters >= 0),
    unique (election_id, number)
);

-- A session (zitting) of the municipal (GSB) or central (CSB) electoral committee; number 1 is the first session,
-- later numbers are sessions after a referral by the CSB.
create table committee_session (
    id           bigint generated always as identity primary key,
    election_id  bigint not null references election (id),
    committee    text not null check (committee in ('GSB', 'CSB')),
    number       integer not null check (number > 0),
    created_at   timestamptz not null default now(),
    unique (election_id, committee, number)
);

-- Every change of a session is a new row with the whole session as from then; the row with the highest version is
-- the session now. Two changes at once both want the same next version: one fails on the primary key.
create table committee_session_state (
    session_id    bigint not null references committee_session (id),
    version       integer not null check (version > 0),
    status        text not null check (status in ('CREATED', 'IN_PREPARATION', 'DATA_ENTRY', 'PAUSED', 'COMPLETED')),
    location      text not null default '' check (length(location) <= 300),
    session_date  date,
    session_time  time,
    typists       text[] not null default '{}',
    changed_by    text not null,
    changed_at    timestamptz not null default now(),
    primary key (session_id, version)
);

-- Rows of election results and their history are never changed or removed, only added.
create function election_row_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger committee_session_state_append_only
    before update or delete on committee_session_state
    for each row execute function election_row_is_append_only();
