-- A passed paper records its certificate at once; the certificate's PDF is rendered, signed and registered after the
-- submission's commit (docs/training.md, CertificateRendering): until then it has neither verification code nor PDF.
alter table certificate alter column code drop not null;
alter table certificate alter column pdf drop not null;
alter table certificate add column rendered_at timestamptz;
update certificate set rendered_at = issued_on where pdf is not null;
alter table certificate add constraint certificate_rendered check ((code is null) = (pdf is null));
