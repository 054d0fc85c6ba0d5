-- Counts read from an EML_NL 510b ("ingelezen telling"), kept apart from the counts typists enter. Kieswet art.
-- P 20a: an imported count may be compared with the entered one, never replace it. Rows are never changed or
-- removed; a corrected file is a new imported count.

create table imported_count (
    id            bigint generated always as identity primary key,
    election_id   bigint not null references election (id),
    eml_file_id   bigint not null unique references eml_file (id),
    sha256        char(64) not null check (sha256 ~ '^[0-9a-f]{64}$'),
    source        text not null check (length(source) between 1 and 300),
    imported_by   text not null,
    imported_at   timestamptz not null default now()
);
create index imported_count_election on imported_count (election_id);

-- The figures of one polling station (station_number > 0) or of the whole municipality (station_number 0, the
-- file's TotalVotes). Letters are those of the proces-verbaal.
create table imported_count_station (
    imported_count_id   bigint not null references imported_count (id),
    station_number      integer not null check (station_number >= 0),
    reporting_unit_id   text not null,
    name                text not null,
    eligible_voters     bigint not null check (eligible_voters >= 0),    -- Cast; 0 when the file does not know
    poll_cards          bigint not null check (poll_cards >= 0),         -- A
    proxy_certificates  bigint not null check (proxy_certificates >= 0), -- B
    voter_cards         bigint not null check (voter_cards >= 0),        -- C
    admitted_voters     bigint not null check (admitted_voters >= 0),    -- D
    valid_votes         bigint not null check (valid_votes >= 0),        -- E
    blank_votes         bigint not null check (blank_votes >= 0),        -- F
    invalid_votes       bigint not null check (invalid_votes >= 0),      -- G
    more_ballots        bigint not null check (more_ballots >= 0),       -- I
    fewer_ballots       bigint not null check (fewer_ballots >= 0),      -- J
    -- the other reason codes of the file ("meegenomen stembiljetten", "geen verklaring", …) by code
    explanations        jsonb not null default '{}',
    primary key (imported_count_id, station_number)
);

-- Votes per list (candidate_number 0: the list total) and per candidate, per station and for the total.
create table imported_count_votes (
    imported_count_id  bigint not null,
    station_number     integer not null,
    list_number        integer not null check (list_number > 0),
    candidate_number   integer not null check (candidate_number >= 0),
    votes              bigint not null check (votes >= 0),
    primary key (imported_count_id, station_number, list_number, candidate_number),
    foreign key (imported_count_id, station_number) references imported_count_station (imported_count_id, station_number)
);

create trigger imported_count_append_only
    before update or delete on imported_count
    for each row execute function election_row_is_append_only();
create trigger imported_count_station_append_only
    before update or delete on imported_count_station
    for each row execute function election_row_is_append_only();
create trigger imported_count_votes_append_only
    before update or delete on imported_count_votes
    for each row execute function election_row_is_append_only();
