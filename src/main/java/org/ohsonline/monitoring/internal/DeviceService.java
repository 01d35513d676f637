package org.ohsonline.monitoring.internal;

import static org.ohsonline.shared.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.ohsonline.shared.ScopeFilter;
import org.ohsonline.audit.AuditTarget;
import org.ohsonline.audit.AuditTrail;
import org.ohsonline.monitoring.DeviceCommand;
import org.ohsonline.monitoring.DeviceRegistered;
import org.ohsonline.monitoring.DeviceRetired;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.monitoring.IssuedDeviceToken;
import org.ohsonline.reference.HazardFactor;
import org.ohsonline.reference.HazardFactors;
import org.ohsonline.reference.Oels;
import org.ohsonline.registry.EmployerView;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.InvalidInputException;
import org.ohsonline.shared.InvalidInputException.FieldError;
import org.ohsonline.shared.Limits;
import org.ohsonline.shared.NotFoundException;
import org.ohsonline.shared.Page;
import org.ohsonline.shared.PageQuery;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers devices at posts of employers in scope. A device must measure a factor present at its
 * post, in the unit of that factor's limit (nothing is converted); heat devices carry the labour
 * intensity and time share that choose their WBGT limit.
 */
@Service
class DeviceService implements Devices {

	static final String HEAT = "3007";

	private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private static final Set<String> FRACTIONS = Set.of("total", "respirable");

	private static final Set<String> INTENSITIES = Set.of("I", "II", "III", "IV");

	private static final Set<Integer> SHARES = Set.of(25, 50, 75, 100);

	private final DeviceStore store;

	private final DeviceDirectory directory;

	private final Employers employers;

	private final HazardFactors hazards;

	private final Oels oels;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	DeviceService(DeviceStore store, DeviceDirectory directory, Employers employers, HazardFactors hazards, Oels oels,
			AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.store = store;
		this.directory = directory;
		this.employers = employers;
		this.hazards = hazards;
		this.oels = oels;
		this.audit = audit;
		this.clock = clock;
	}

	@Override
	@Transactional
	public DeviceView register(Actor actor, DeviceCommand command) {
		actor.require(MonitoringPermissions.DEVICE_WRITE);
		List<FieldError> errors = new ArrayList<>();
		String code = blankToNull(command.code());
		if (code == null || !code.matches("[A-Za-z0-9][A-Za-z0-9._-]{2,63}")) {
			errors.add(FieldError.of("code", "monitoring.device.codeFormat"));
		}
		else if (this.store.codeExists(code)) {
			errors.add(FieldError.of("code", "monitoring.device.codeTaken"));
		}
		String name = blankToNull(command.name());
		if (name == null || name.length() > Limits.NAME) {
			errors.add(FieldError.of("name", "monitoring.device.nameRequired"));
		}
		else {
			Limits.check(errors, "name", name, Limits.NAME);
		}
		if (command.employerId() == null) {
			throw InvalidInputException.of("employerId", "monitoring.device.employerRequired");
		}
		EmployerView employer = this.employers.find(actor, command.employerId());
		Optional<Located> located = locate(this.employers.structure(actor, employer.id()), command.postId());
		if (located.isEmpty()) {
			errors.add(FieldError.of("postId", "monitoring.device.postUnknown"));
		}
		String hazardCode = blankToNull(command.hazardCode());
		Optional<HazardFactor> factor = hazardCode == null ? Optional.empty() : this.hazards.findFactor(hazardCode);
		if (factor.isEmpty()) {
			errors.add(FieldError.of("hazardCode", "monitoring.device.hazardUnknown"));
		}
		else if (located.isPresent()
				&& located.get().post().hazards().stream().noneMatch(h -> h.code().equals(hazardCode))) {
			errors.add(FieldError.of("hazardCode", "monitoring.device.hazardNotAtPost"));
		}
		String unit = Units.canonical(blankToNull(command.unit()));
		boolean heat = HEAT.equals(hazardCode);
		if (unit == null) {
			errors.add(FieldError.of("unit", "monitoring.device.unitRequired"));
		}
		else if (factor.isPresent()) {
			List<String> allowed = heat ? List.of(Units.WBGT)
					: this.oels.limitsOf(hazardCode).stream().map(o -> Units.canonical(o.unit())).distinct().toList();
			if (!allowed.isEmpty() && !allowed.contains(unit)) {
				errors.add(FieldError.of("unit", "monitoring.device.unitOfLimit", String.join(", ", allowed)));
			}
		}
		String fraction = blankToNull(command.dustFraction());
		if (fraction != null && !FRACTIONS.contains(fraction)) {
			errors.add(FieldError.of("dustFraction", "monitoring.device.dustFraction"));
		}
		if (command.samplingSeconds() == null || command.samplingSeconds() < 1 || command.samplingSeconds() > 3600) {
			errors.add(FieldError.of("samplingSeconds", "monitoring.device.sampling"));
		}
		if (command.rangeMin() == null || command.rangeMax() == null || !Double.isFinite(command.rangeMin())
				|| !Double.isFinite(command.rangeMax()) || command.rangeMin() >= command.rangeMax()) {
			errors.add(FieldError.of("rangeMax", "monitoring.device.range"));
		}
		if (command.calibrationDue() == null) {
			errors.add(FieldError.of("calibrationDue", "monitoring.device.calibrationRequired"));
		}
		String intensity = blankToNull(command.labourIntensity());
		if (heat) {
			if (intensity == null || !INTENSITIES.contains(intensity)) {
				errors.add(FieldError.of("labourIntensity", "monitoring.device.labourIntensity"));
			}
			if (command.timeShare() == null || !SHARES.contains(command.timeShare())) {
				errors.add(FieldError.of("timeShare", "monitoring.device.timeShare"));
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidInputException(errors);
		}
		Located at = located.get();
		Instant now = Instant.now(this.clock);
		long id = this.store.insert(new DeviceStore.NewDevice(code, name, employer.id(), employer.creditCode(),
				employer.name(), employer.regionCode(), at.site().id(), at.post().id(), at.post().name(), hazardCode,
				factor.get().name(), unit, fraction, command.samplingSeconds(), command.rangeMin(), command.rangeMax(),
				command.calibrationDue(), heat ? intensity : null, heat ? command.timeShare() : null,
				heat && Boolean.TRUE.equals(command.hotOutdoor())), now);
		DeviceView view = find(actor, id);
		this.audit.record(actor, "monitoring.device.registered", AuditTarget.of("device", id, view.regionCode()), null,
				describe(view));
		this.events.publishEvent(new DeviceRegistered(id, view.code(), view.employerId(), view.regionCode()));
		return view;
	}

	private record Located(StructureViews.Site site, StructureViews.Post post) {
	}

	private static Optional<Located> locate(List<StructureViews.Site> sites, Long postId) {
		if (postId == null) {
			return Optional.empty();
		}
		for (StructureViews.Site site : sites) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					if (post.id() == postId) {
						return Optional.of(new Located(site, post));
					}
				}
			}
		}
		return Optional.empty();
	}

	@Override
	@Transactional(readOnly = true)
	public DeviceView find(Actor actor, long id) {
		actor.require(MonitoringPermissions.DEVICE_READ);
		return this.store.find(id, ScopeFilter.of(actor), today())
			.orElseThrow(() -> new NotFoundException("device", id));
	}

	@Override
	@Transactional(readOnly = true)
	public Page<DeviceView> search(Actor actor, String region, Long employerId, String q, PageQuery page) {
		actor.require(MonitoringPermissions.DEVICE_READ);
		var narrowed = ScopeFilter.narrowRegion(actor, region);
		if (narrowed.isEmpty()) {
			return Page.of(List.of(), 0, page);
		}
		ScopeFilter scope = ScopeFilter.of(actor);
		String query = blankToNull(q);
		return Page.of(this.store.page(scope, narrowed.get(), employerId, query, page.size(), page.offset(), today()),
				this.store.count(scope, narrowed.get(), employerId, query), page);
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<DeviceView>> ofEmployers(Actor actor, java.util.Collection<Long> employerIds) {
		actor.require(MonitoringPermissions.DEVICE_READ);
		return employerIds.isEmpty() ? Map.of() : this.store.ofEmployers(ScopeFilter.of(actor), employerIds, today());
	}

	@Override
	@Transactional
	public IssuedDeviceToken issueToken(Actor actor, long id) {
		actor.require(MonitoringPermissions.DEVICE_WRITE);
		DeviceView before = find(actor, id);
		if (!"ACTIVE".equals(before.status())) {
			throw InvalidInputException.of(null, "monitoring.device.retired");
		}
		String secret = this.directory.newSecret();
		this.store.setToken(id, DeviceDirectory.hash(secret), DeviceDirectory.hint(secret), Instant.now(this.clock));
		this.directory.evict();
		DeviceView after = find(actor, id);
		this.audit.record(actor, "monitoring.device.token-issued", AuditTarget.of("device", id, after.regionCode()),
				Map.of("tokenHint", String.valueOf(before.tokenHint())), Map.of("tokenHint", after.tokenHint()));
		return new IssuedDeviceToken(after, secret);
	}

	@Override
	@Transactional
	public DeviceView retire(Actor actor, long id) {
		actor.require(MonitoringPermissions.DEVICE_WRITE);
		DeviceView before = find(actor, id);
		this.store.retire(id, Instant.now(this.clock));
		this.directory.evict();
		DeviceView after = find(actor, id);
		this.audit.record(actor, "monitoring.device.retired", AuditTarget.of("device", id, after.regionCode()),
				describe(before), describe(after));
		this.events.publishEvent(new DeviceRetired(id, after.code(), after.employerId(), after.regionCode()));
		return after;
	}

	@Override
	@Transactional(readOnly = true)
	public List<RejectionCount> rejections(Actor actor, long id) {
		return this.store.rejections(find(actor, id).code());
	}

	private LocalDate today() {
		return LocalDate.ofInstant(Instant.now(this.clock), CHINA);
	}

	private static Map<String, Object> describe(DeviceView device) {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("code", device.code());
		state.put("name", device.name());
		state.put("employerId", device.employerId());
		state.put("postId", device.postId());
		state.put("hazardCode", device.hazardCode());
		state.put("unit", device.unit());
		state.put("samplingSeconds", device.samplingSeconds());
		state.put("range", device.rangeMin() + "–" + device.rangeMax());
		state.put("calibrationDue", device.calibrationDue().toString());
		state.put("status", device.status());
		return state;
	}

}
