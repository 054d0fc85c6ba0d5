-- Kennisbank content: every content file in the library's format (articles/<id>/<election>.md, faq/<id>.md,
-- newsletters/<id>.md, checklists/<id>.md, relevance/queries.tsv) with all its revisions. A save adds a revision
-- with who and when; nothing is changed or removed. The newest revision of a path is the file as it is now; a
-- revision without text means the file was removed.

create table knowledge_file (
    path      text not null check (path ~ '^[a-z0-9][A-Za-z0-9/._-]*$' and length(path) <= 300),
    revision  integer not null check (revision > 0),
    content   text check (length(content) <= 1000000),
    saved_by  text not null,
    saved_at  timestamptz not null default now(),
    primary key (path, revision)
);

create function knowledge_row_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % is not allowed', tg_table_name, tg_op
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger knowledge_file_append_only
    before update or delete on knowledge_file
    for each row execute function knowledge_row_is_append_only();

-- Pages of the kennisbank a user opened: personal navigation, like a browser's history, so not audited.
create table knowledge_recent_view (
    user_id    bigint not null references app_user (id),
    kind       text not null check (kind in ('ARTICLE', 'FAQ', 'NEWSLETTER', 'CHECKLIST', 'DESK_ANSWER')),
    item_id    text not null check (length(item_id) <= 300),
    viewed_at  timestamptz not null,
    primary key (user_id, kind, item_id)
);
create index knowledge_recent_view_newest on knowledge_recent_view (user_id, viewed_at desc);
