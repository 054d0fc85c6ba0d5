-- The central electoral committee's session: deceased candidates (Kieswet P 19a) and lots drawn in public
-- (P 14). Append-only, like the rest of the election data.

-- A candidate who has died, registered by the CSB before the seats are allocated. A registration made by mistake is
-- withdrawn by a later row that names it.
create table deceased_candidate (
    id                bigint generated always as identity primary key,
    session_id        bigint not null references committee_session (id),
    list_number       integer not null check (list_number > 0),
    candidate_number  integer not null check (candidate_number > 0),
    withdraws         bigint references deceased_candidate (id),
    recorded_by       text not null,
    recorded_at       timestamptz not null default now()
);

-- A drawing of lots held in the public session: which draw (as the allocation asked for it), who drew, when, and the
-- list or candidate the lot chose. The sequence is the order in which the allocation asked; replaying the outcomes
-- in this order gives the same allocation again.
create table lot_drawing (
    id           bigint generated always as identity primary key,
    session_id   bigint not null references committee_session (id),
    sequence     integer not null check (sequence > 0),
    article      text not null,
    description  text not null,
    options      integer[] not null,
    chosen       integer not null,
    drawn_by     text not null check (length(drawn_by) between 1 and 200),
    drawn_at     timestamptz not null,
    recorded_by  text not null,
    recorded_at  timestamptz not null default now(),
    unique (session_id, sequence)
);

create trigger deceased_candidate_append_only before update or delete on deceased_candidate
    for each row execute function election_row_is_append_only();
create trigger lot_drawing_append_only before update or delete on lot_drawing
    for each row execute function election_row_is_append_only();
