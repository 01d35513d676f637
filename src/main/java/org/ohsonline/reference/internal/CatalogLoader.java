package org.ohsonline.reference.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.reference.CatalogAdministration;
import org.ohsonline.reference.CatalogEntry;
import org.ohsonline.reference.CatalogVersion;
import org.ohsonline.reference.CatalogVersionActivated;
import org.ohsonline.reference.NewCatalogVersion;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CatalogLoader implements CatalogAdministration {

	static final String WRITE = "reference:catalog:write";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CatalogLoader(JdbcClient jdbc, NamedParameterJdbcTemplate batch, AuditTrail audit, ApplicationEventPublisher events,
			Clock clock) {
		this.jdbc = jdbc;
		this.batch = batch;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional
	public CatalogVersion load(Actor actor, NewCatalogVersion version) {
		actor.require(WRITE);
		validate(version);
		Instant now = Instant.now(this.clock);
		long id = this.jdbc.sql("""
				insert into reference.catalog_version
				    (catalog_code, edition, effective_from, source, loaded_by, loaded_at, entry_count, notes)
				values (:catalog, :edition, :effective, :source, :by, :at, :count, :notes) returning id""")
			.param("catalog", version.catalogCode())
			.param("edition", version.edition().trim())
			.param("effective", version.effectiveFrom())
			.param("source", version.source().trim())
			.param("by", actor.username())
			.param("at", Timestamp.from(now))
			.param("count", version.entries().size())
			.param("notes", version.notes())
			.query(Long.class)
			.single();
		SqlParameterSource[] rows = version.entries()
			.stream()
			.map(e -> new MapSqlParameterSource().addValue("version", id)
				.addValue("code", e.code())
				.addValue("name", e.name())
				.addValue("parent", e.parentCode() == null || e.parentCode().isEmpty() ? null : e.parentCode())
				.addValue("level", e.level())
				.addValue("attributes", JSON.writeValueAsString(e.attributes())))
			.toArray(SqlParameterSource[]::new);
		this.batch.batchUpdate("""
				insert into reference.catalog_entry (version_id, code, name, parent_code, level, attributes)
				values (:version, :code, :name, :parent, :level, cast(:attributes as jsonb))""", rows);
		Map<String, Object> after = new HashMap<>();
		after.put("catalog", version.catalogCode());
		after.put("edition", version.edition());
		after.put("effectiveFrom", version.effectiveFrom().toString());
		after.put("source", version.source());
		after.put("entries", version.entries().size());
		this.audit.record(actor, "reference.catalog-version.loaded",
				AuditTarget.of("catalog-version", id, actor.scope().regionPrefix().orElse(actor.regionCode())), null,
				after);
		this.events.publishEvent(
				new CatalogVersionActivated(version.catalogCode(), id, version.edition(), version.effectiveFrom()));
		return new CatalogVersion(id, version.catalogCode(), version.edition(), version.effectiveFrom(),
				version.source(), actor.username(), now, version.entries().size(), version.notes());
	}

	@Override
	@Transactional(readOnly = true)
	public List<FieldError> check(Actor actor, NewCatalogVersion version) {
		actor.require(WRITE);
		try {
			validate(version);
			return List.of();
		}
		catch (InvalidInputException ex) {
			return ex.errors();
		}
	}

	private void validate(NewCatalogVersion version) {
		List<FieldError> errors = new ArrayList<>();
		boolean known = this.jdbc.sql("select count(*) from reference.catalog where code = :code")
			.param("code", version.catalogCode())
			.query(Long.class)
			.single() > 0;
		if (!known) {
			throw InvalidInputException.of("catalog", "reference.catalog.unknown", version.catalogCode());
		}
		if (version.edition() == null || version.edition().isBlank()) {
			errors.add(FieldError.of("edition", "reference.version.editionRequired"));
		}
		else if (this.jdbc.sql("select count(*) from reference.catalog_version where catalog_code = :c and edition = :e")
			.param("c", version.catalogCode())
			.param("e", version.edition().trim())
			.query(Long.class)
			.single() > 0) {
			errors.add(FieldError.of("edition", "reference.version.editionExists", version.edition()));
		}
		if (version.effectiveFrom() == null) {
			errors.add(FieldError.of("effectiveFrom", "reference.version.effectiveRequired"));
		}
		if (version.source() == null || version.source().isBlank()) {
			errors.add(FieldError.of("source", "reference.version.sourceRequired"));
		}
		Limits.check(errors, "edition", version.edition(), Limits.NAME);
		Limits.check(errors, "source", version.source(), Limits.NOTE);
		Limits.check(errors, "notes", version.notes(), Limits.TEXT);
		if (version.entries().isEmpty()) {
			errors.add(FieldError.of("entries", "reference.version.empty"));
		}
		errors.addAll(EntryRules.check(version.entries(), version::rowOf));
		errors.addAll(AttributeRules.check(version.catalogCode(), version.entries(), version::rowOf));
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
	}

}
