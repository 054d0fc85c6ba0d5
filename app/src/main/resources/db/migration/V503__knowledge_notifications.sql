-- Notifications of the kennisbank (information desk, checklists): one row per recipient, shown in the header
-- badge and on the notifications page; read_at is personal state, so marking as read is not audited.

create table notification (
    id          bigint generated always as identity primary key,
    user_id     bigint not null references app_user (id),
    kind        text not null check (kind in ('QUESTION', 'ANSWER', 'RECEIPT', 'TASK')),
    title       text not null check (length(title) between 1 and 300),
    link        text not null check (link ~ '^/'),
    created_at  timestamptz not null default now(),
    read_at     timestamptz
);
create index notification_unread on notification (user_id, created_at desc) where read_at is null;
create index notification_user on notification (user_id, created_at desc);

-- Where a user wants the e-mail copy of notifications; no address, no e-mail.
create table notification_address (
    user_id     bigint primary key references app_user (id),
    email       text not null check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 254),
    changed_at  timestamptz not null default now()
);

-- The SMTP server the beheerder configures (one row). The password is kept for sending only: never shown, never
-- logged, never in the audit log.
create table mail_settings (
    id          integer primary key check (id = 1),
    host        text not null check (length(host) between 1 and 253),
    port        integer not null check (port between 1 and 65535),
    sender      text not null check (sender ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$'),
    security    text not null check (security in ('NONE', 'STARTTLS', 'SMTPS')),
    username    text not null default '',
    password    text not null default '',
    enabled     boolean not null,
    changed_by  text not null,
    changed_at  timestamptz not null default now()
);

-- What was sent, or why not: for the beheerder's check that e-mail works.
create table mail_delivery (
    id          bigint generated always as identity primary key,
    recipient   text not null,
    subject     text not null,
    sent        boolean not null,
    problem     text not null default '',
    created_at  timestamptz not null default now()
);
create index mail_delivery_newest on mail_delivery (created_at desc);
