-- The public draw of a burgerberaad and its replacements, as append-only history (decision 0025).
-- Round 0 is the draw of the panel from the assembly's own lottery (sortition_assembly.lottery_file); round r > 0
-- replaces the members who withdrew before it, with the replacement lottery of that round. No table here holds
-- personal data: volunteer numbers only, and a withdrawal reason from a fixed list, never free text.

create function sortition_row_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create table sortition_withdrawal (
    id            bigint generated always as identity primary key,
    assembly_id   bigint not null references sortition_assembly (id),
    round         integer not null check (round >= 1),
    member_id     text not null,
    reason        text not null check (reason in ('NO_TIME', 'PERSONAL_CIRCUMSTANCES', 'MOVED_AWAY', 'UNREACHABLE', 'OTHER')),
    recorded_by   text not null,
    recorded_at   timestamptz not null,
    unique (assembly_id, member_id)
);

create table sortition_replacement_lottery (
    assembly_id   bigint not null references sortition_assembly (id),
    round         integer not null check (round >= 1),
    lottery_file  text not null,
    result_hash   text not null check (result_hash ~ '^[0-9a-f]{64}$'),
    computed_by   text not null,
    computed_at   timestamptz not null,
    primary key (assembly_id, round)
);

-- One draw per round: the primary key refuses a second draw of the panel (round 0) or of a replacement round.
create table sortition_draw (
    assembly_id   bigint not null references sortition_assembly (id),
    round         integer not null check (round >= 0),
    seed_method   text not null check (seed_method in ('DICE', 'LOTTERY_NUMBER', 'UNRECORDED')),
    seed          text not null check (seed ~ '^[0-9]{6,}$'),
    entered_by    text not null,
    entered_at    timestamptz not null,
    result_hash   text not null check (result_hash ~ '^[0-9a-f]{64}$'),
    ticket        bigint not null check (ticket between 1 and 1000000000),
    members       text not null,
    primary key (assembly_id, round)
);

create trigger sortition_withdrawal_append_only before update or delete on sortition_withdrawal
    for each row execute function sortition_row_is_append_only();
create trigger sortition_replacement_lottery_append_only before update or delete on sortition_replacement_lottery
    for each row execute function sortition_row_is_append_only();
create trigger sortition_draw_append_only before update or delete on sortition_draw
    for each row execute function sortition_row_is_append_only();
