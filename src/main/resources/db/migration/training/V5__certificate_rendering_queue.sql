-- Issue 16's learning load: a certificate is valid at once and its signed PDF is pending until the renderer
-- (CertificateRendering: one background thread) has made it. The pending certificates are the renderer's queue,
-- persisted by their rows (a killed process leaves them pending; the next start renders them), oldest first.
create index certificate_pdf_pending on certificate (id) where pdf is null;

-- A learner's certificate is read by its enrolment (the course page, the enrolment API): without an index every read
-- scanned all certificates.
create index certificate_enrolment on certificate (enrolment_id);
