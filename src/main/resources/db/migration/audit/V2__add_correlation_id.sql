-- The correlation id of the request (or MQTT message) that made the entry: it leads from an entry
-- to the log lines of that request. Not part of the hashed link, so entries written before it
-- verify as they did; it is a pointer into the logs, not evidence.
alter table entry add column correlation_id text;
