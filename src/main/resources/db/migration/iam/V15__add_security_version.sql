-- Raised in the same transaction as every change that must end the user's console sessions: a lock, a
-- disable, other roles or permissions, another jurisdiction, a new password. A session remembers the
-- value it was opened with and ends when it differs (decision 0018). Unlike "version", which every save
-- raises for optimistic locking (logins included), it moves only when the account's standing changes.
alter table app_user add column security_version int not null default 0;
