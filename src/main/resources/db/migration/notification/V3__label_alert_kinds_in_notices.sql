-- Notices of a raised alert stored the alert's kind as its code (CEILING), which the inbox showed as
-- is, in either language. The kind is now stored as a label reference (#{monitoring.kind.CEILING}) and
-- resolved in the reader's language; the notices already delivered get the same.
update notice
set arguments[2] = '#{monitoring.kind.' || arguments[2] || '}'
where message_key = 'monitoring.notice.raised'
  and arguments[2] ~ '^[A-Z_]+$';
