-- A polling station added in a later GSB session on the CSB's order (docs/decisions/0022-referral-gaps.md): its
-- investigation says so, and its proces-verbaal is entered in full, so its correction record corrects nothing earlier.
alter table investigation add column adds_station boolean not null default false;
alter table correction alter column corrects drop not null;
