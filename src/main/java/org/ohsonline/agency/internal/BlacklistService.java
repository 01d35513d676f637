package org.ohsonline.agency.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import org.ohsonline.agency.Blacklist;
import org.ohsonline.agency.BlacklistCommand;
import org.ohsonline.agency.BlacklistStatus;
import org.ohsonline.agency.BlacklistTrigger;
import org.ohsonline.agency.BlacklistView;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.notification.Inbox;
import org.ohsonline.notification.Notice;
import org.ohsonline.shared.AccessDeniedException;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.Hashes;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Scope;
import org.ohsonline.shared.ScopeFilter;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the blacklist. Entries are written by supervisors of the organisation's region; triggers propose with the
 * platform's own actor and tell the region's supervisors. Decision documents are recognised by content (PDF, PNG,
 * JPEG), at most 5 MB, hashed, and stored with the entry.
 */
@Service
class BlacklistService implements Blacklist {

	static final int MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Actor TRIGGERS = Actor.system("agency-blacklist-triggers");

	private final BlacklistStore store;

	private final AgencyStore agencies;

	private final AuditTrail audit;

	private final Inbox inbox;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BlacklistService(BlacklistStore store, AgencyStore agencies, AuditTrail audit, Inbox inbox,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.agencies = agencies;
		this.audit = audit;
		this.inbox = inbox;
		this.events = events;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public List<BlacklistView> list(Actor actor, BlacklistStatus status, String region) {
		List<BlacklistView> entries = new ArrayList<>();
		forEach(actor, status, region, 500, entries::add);
		return entries;
	}

	@Override
	@Transactional(readOnly = true)
	public void forEach(Actor actor, BlacklistStatus status, String region, Consumer<BlacklistView> consumer) {
		forEach(actor, status, region, 100_000, consumer);
	}

	private void forEach(Actor actor, BlacklistStatus status, String region, int limit, Consumer<BlacklistView> consumer) {
		actor.require(AgencyPermissions.BLACKLIST_READ);
		ScopeFilter.narrowRegion(actor, region)
			.ifPresent(r -> this.store.forEach(ScopeFilter.of(actor), r, status, today(), limit, consumer));
	}

	@Override
	@Transactional(readOnly = true)
	public List<BlacklistView> ofAgency(Actor actor, long agencyId) {
		actor.require(AgencyPermissions.BLACKLIST_READ);
		visible(actor, agencyId);
		return this.store.ofAgency(agencyId, today());
	}

	@Override
	@Transactional(readOnly = true)
	public BlacklistView find(Actor actor, long entryId) {
		actor.require(AgencyPermissions.BLACKLIST_READ);
		return this.store.find(ScopeFilter.of(actor), entryId, today())
			.orElseThrow(() -> new NotFoundException("blacklist", entryId));
	}

	@Override
	@Transactional
	public BlacklistView propose(Actor actor, long agencyId, BlacklistCommand command) {
		actor.require(AgencyPermissions.BLACKLIST_WRITE);
		AgencyStore.Row agency = supervised(actor, agencyId);
		List<FieldError> errors = new ArrayList<>();
		BlacklistCommand c = command == null ? new BlacklistCommand(null, null, null, null, null) : command;
		String reason = required(errors, "reason", "agency.blacklist.reasonRequired", c.reason());
		String basis = required(errors, "legalBasis", "agency.blacklist.legalBasisRequired", c.legalBasis());
		period(errors, c, false);
		BlacklistStore.Stored document = document(errors, c.document());
		if (this.store.hasOpen(agencyId, today())) {
			errors.add(FieldError.of(null, "agency.blacklist.alreadyOpen"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		long id = this.store.insert(agencyId, "SUPERVISOR", null, reason, basis, c.startsOn(), c.endsOn(), document,
				actor.username(), Instant.now(this.clock));
		BlacklistView created = this.store.find(ScopeFilter.of(actor), id, today()).orElseThrow();
		this.audit.record(actor, "agency.blacklist.proposed", target(agency), null, snapshot(created));
		return created;
	}

	/** A trigger proposes an entry unless one is open; the region's supervisors are told. */
	@Transactional
	public Optional<Long> proposeOnTrigger(long agencyId, BlacklistTrigger trigger) {
		AgencyStore.Row agency = this.agencies.find(agencyId).orElse(null);
		if (agency == null || this.store.hasOpen(agencyId, today())) {
			return Optional.empty();
		}
		String basis = switch (trigger) {
			case QUALIFICATION_REVOKED -> "职业病防治法 第八十条";
			case FALSIFIED_REPORT -> "职业病防治法 第八十条第（三）项";
			case RATING_C -> "技术服务机构信誉评级规则";
		};
		long id = this.store.insert(agencyId, "TRIGGER", trigger, "TRIGGER:" + trigger.name(), basis, null, null, null,
				TRIGGERS.username(), Instant.now(this.clock));
		BlacklistView created = this.store.ofAgency(agencyId, today()).stream().filter(e -> e.id() == id).findFirst()
			.orElseThrow();
		this.audit.record(TRIGGERS, "agency.blacklist.proposed", target(agency), null, snapshot(created));
		this.inbox.deliver(new Notice(Scope.region(agency.regionCode().substring(0, Math.min(4, agency.regionCode().length()))),
				AgencyPermissions.BLACKLIST_WRITE, "agency.notice.blacklistProposed", List.of(agency.name()),
				"/blacklist", "agency:blacklist:" + id));
		return Optional.of(id);
	}

	@Override
	@Transactional
	public BlacklistView confirm(Actor actor, long entryId, BlacklistCommand command) {
		actor.require(AgencyPermissions.BLACKLIST_WRITE);
		BlacklistView current = proposed(actor, entryId);
		AgencyStore.Row agency = supervised(actor, current.agencyId());
		List<FieldError> errors = new ArrayList<>();
		BlacklistCommand c = command == null ? new BlacklistCommand(null, null, null, null, null) : command;
		String reason = c.reason() == null || c.reason().isBlank() ? current.reason() : c.reason().trim();
		String basis = c.legalBasis() == null || c.legalBasis().isBlank() ? current.legalBasis() : c.legalBasis().trim();
		if (reason == null || reason.startsWith("TRIGGER:")) {
			errors.add(FieldError.of("reason", "agency.blacklist.reasonRequired"));
		}
		BlacklistCommand dated = new BlacklistCommand(reason, basis,
				c.startsOn() == null ? current.startsOn() : c.startsOn(), c.endsOn() == null ? current.endsOn() : c.endsOn(),
				c.document());
		period(errors, dated, true);
		BlacklistStore.Stored document = document(errors, c.document());
		if (document == null && current.documentSha256() == null) {
			errors.add(FieldError.of("document", "agency.blacklist.documentRequired"));
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.confirm(entryId, reason, basis, dated.startsOn(), dated.endsOn(), document, actor.username(),
				Instant.now(this.clock));
		BlacklistView after = this.store.find(ScopeFilter.of(actor), entryId, today()).orElseThrow();
		this.audit.record(actor, "agency.blacklist.confirmed", target(agency), snapshot(current), snapshot(after));
		this.events.publishEvent(new RatingInputsChanged(agency.id(), "BLACKLIST"));
		return after;
	}

	@Override
	@Transactional
	public BlacklistView reject(Actor actor, long entryId, String reason) {
		actor.require(AgencyPermissions.BLACKLIST_WRITE);
		BlacklistView current = proposed(actor, entryId);
		AgencyStore.Row agency = supervised(actor, current.agencyId());
		List<FieldError> errors = new ArrayList<>();
		String note = required(errors, "reason", "agency.blacklist.reasonRequired", reason);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.reject(entryId, note, actor.username(), Instant.now(this.clock));
		BlacklistView after = this.store.find(ScopeFilter.of(actor), entryId, today()).orElseThrow();
		this.audit.record(actor, "agency.blacklist.rejected", target(agency), snapshot(current), snapshot(after));
		return after;
	}

	@Override
	@Transactional
	public BlacklistView remove(Actor actor, long entryId, String reason) {
		actor.require(AgencyPermissions.BLACKLIST_WRITE);
		BlacklistView current = find(actor, entryId);
		AgencyStore.Row agency = supervised(actor, current.agencyId());
		if (current.status() != BlacklistStatus.IN_FORCE) {
			throw InvalidInputException.of(null, "agency.blacklist.notInForce");
		}
		List<FieldError> errors = new ArrayList<>();
		String why = required(errors, "reason", "agency.blacklist.reasonRequired", reason);
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		this.store.remove(entryId, why, actor.username(), Instant.now(this.clock));
		BlacklistView after = this.store.find(ScopeFilter.of(actor), entryId, today()).orElseThrow();
		this.audit.record(actor, "agency.blacklist.removed", target(agency), snapshot(current), snapshot(after));
		this.events.publishEvent(new RatingInputsChanged(agency.id(), "BLACKLIST"));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public Document document(Actor actor, long entryId) {
		find(actor, entryId);
		BlacklistStore.Stored stored = this.store.document(entryId)
			.orElseThrow(() -> new NotFoundException("blacklist-document", entryId));
		if (!Hashes.sha256Hex(stored.content()).equals(stored.sha256())) {
			throw new IllegalStateException("Decision document of blacklist entry " + entryId + " does not match its hash");
		}
		return new Document(stored.name(), stored.type(), stored.content());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<BlacklistView> inForce(long agencyId, LocalDate on) {
		return this.store.inForce(agencyId, on == null ? today() : on);
	}

	private BlacklistView proposed(Actor actor, long entryId) {
		BlacklistView current = find(actor, entryId);
		if (current.status() != BlacklistStatus.PROPOSED) {
			throw InvalidInputException.of(null, "agency.blacklist.notProposed");
		}
		return current;
	}

	private static String required(List<FieldError> errors, String field, String missing, String value) {
		String text = value == null ? "" : value.trim();
		if (text.isEmpty()) {
			errors.add(FieldError.of(field, missing));
			return null;
		}
		if (text.length() > 2000) {
			errors.add(FieldError.of(field, "agency.blacklist.tooLong"));
		}
		return text;
	}

	private static void period(List<FieldError> errors, BlacklistCommand c, boolean required) {
		if (c.startsOn() == null && (required || c.endsOn() != null)) {
			errors.add(FieldError.of("startsOn", "agency.blacklist.startsOnRequired"));
		}
		if (c.endsOn() == null && (required || c.startsOn() != null)) {
			errors.add(FieldError.of("endsOn", "agency.blacklist.endsOnRequired"));
		}
		if (c.startsOn() != null && c.endsOn() != null && c.endsOn().isBefore(c.startsOn())) {
			errors.add(FieldError.of("endsOn", "agency.blacklist.endsBeforeStart"));
		}
	}

	/** The upload as stored, or {@code null} when none was given; refused unless a PDF, PNG or JPEG within 5 MB. */
	static BlacklistStore.Stored document(List<FieldError> errors, BlacklistCommand.Document upload) {
		if (upload == null || upload.content() == null || upload.content().length == 0) {
			return null;
		}
		if (upload.content().length > MAX_DOCUMENT_BYTES) {
			errors.add(FieldError.of("document", "agency.blacklist.documentTooLarge", 5));
			return null;
		}
		Optional<String> type = sniff(upload.content());
		if (type.isEmpty()) {
			errors.add(FieldError.of("document", "agency.blacklist.documentType"));
			return null;
		}
		String name = upload.fileName() == null || upload.fileName().isBlank() ? "decision"
				: upload.fileName().replaceAll("[\\\\/\\p{Cntrl}]", "_");
		name = name.length() > 200 ? name.substring(name.length() - 200) : name;
		return new BlacklistStore.Stored(name, type.get(), upload.content(), Hashes.sha256Hex(upload.content()));
	}

	/** PDF, PNG or JPEG by their first bytes, whatever the client called the file or its type. */
	static Optional<String> sniff(byte[] c) {
		if (c.length >= 5 && c[0] == '%' && c[1] == 'P' && c[2] == 'D' && c[3] == 'F' && c[4] == '-') {
			return Optional.of("application/pdf");
		}
		if (c.length >= 8 && (c[0] & 0xff) == 0x89 && c[1] == 'P' && c[2] == 'N' && c[3] == 'G') {
			return Optional.of("image/png");
		}
		if (c.length >= 3 && (c[0] & 0xff) == 0xff && (c[1] & 0xff) == 0xd8 && (c[2] & 0xff) == 0xff) {
			return Optional.of("image/jpeg");
		}
		return Optional.empty();
	}

	private AgencyStore.Row visible(Actor actor, long agencyId) {
		return this.agencies.find(ScopeFilter.of(actor), agencyId)
			.orElseThrow(() -> new NotFoundException("agency", agencyId));
	}

	private AgencyStore.Row supervised(Actor actor, long agencyId) {
		AgencyStore.Row agency = visible(actor, agencyId);
		if (actor.scope().kind() != Scope.Kind.REGION || !actor.scope().coversRegion(agency.regionCode())) {
			throw new AccessDeniedException(AgencyPermissions.BLACKLIST_WRITE);
		}
		return agency;
	}

	private LocalDate today() {
		return LocalDate.now(this.clock.withZone(CHINA));
	}

	private static AuditTarget target(AgencyStore.Row agency) {
		return AuditTarget.of("agency", agency.id(), agency.regionCode());
	}

	private static Map<String, Object> snapshot(BlacklistView view) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("blacklistId", view.id());
		state.put("status", view.status().name());
		state.put("origin", view.origin());
		state.put("trigger", view.trigger() == null ? null : view.trigger().name());
		state.put("reason", view.reason());
		state.put("legalBasis", view.legalBasis());
		state.put("startsOn", view.startsOn() == null ? null : view.startsOn().toString());
		state.put("endsOn", view.endsOn() == null ? null : view.endsOn().toString());
		state.put("documentSha256", view.documentSha256());
		if (view.removalReason() != null) {
			state.put("removalReason", view.removalReason());
		}
		if (view.decisionNote() != null) {
			state.put("decisionNote", view.decisionNote());
		}
		return state;
	}

}
