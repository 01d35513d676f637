package org.ohsonline.enforcement.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.ohsonline.enforcement.InspectionView;
import org.ohsonline.enforcement.MonitoringCoverage;
import org.ohsonline.monitoring.AlertFilter;
import org.ohsonline.monitoring.AlertStatus;
import org.ohsonline.monitoring.AlertView;
import org.ohsonline.monitoring.Alerts;
import org.ohsonline.monitoring.DeviceView;
import org.ohsonline.monitoring.Devices;
import org.ohsonline.registry.Employers;
import org.ohsonline.registry.StructureViews;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;

import org.springframework.stereotype.Component;

/**
 * The online monitoring evidence of an employer, read through the register's and the monitoring module's facades with
 * the caller's actor (never their tables): which hazard factors at which posts working devices measure (the coverage a
 * non-site inspection needs), and each device's state and the alerts confirmed as violations (what a non-site
 * inspection is recorded from).
 */
@Component
class MonitoringEvidence {

	private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/** More devices than any employer has; the evidence is a snapshot of them all. */
	private static final PageQuery ALL = PageQuery.of(1, 500);

	private final Employers employers;

	private final Devices devices;

	private final Alerts alerts;

	MonitoringEvidence(Employers employers, Devices devices, Alerts alerts) {
		this.employers = employers;
		this.devices = devices;
		this.alerts = alerts;
	}

	/** A device measuring now: active, not offline, its calibration not overdue. */
	static boolean working(DeviceView d) {
		return d.working();
	}

	MonitoringCoverage coverage(Actor actor, long employerId) {
		List<DeviceView> devices = this.devices.search(actor, null, employerId, null, ALL).items();
		List<MonitoringCoverage.Hazard> hazards = new ArrayList<>();
		for (StructureViews.Site site : this.employers.structure(actor, employerId)) {
			for (StructureViews.Workshop workshop : site.workshops()) {
				for (StructureViews.Post post : workshop.posts()) {
					for (StructureViews.Hazard hazard : post.hazards()) {
						hazards.add(new MonitoringCoverage.Hazard(hazard.code(), hazard.name(), post.name(),
								devices.stream()
									.filter(d -> d.postId() == post.id() && hazard.code().equals(d.hazardCode()) && working(d))
									.map(DeviceView::code)
									.toList()));
					}
				}
			}
		}
		return new MonitoringCoverage(employerId, hazards);
	}

	/** The devices of the employer as they stand, and its alerts confirmed as violations since the day. */
	Snapshot snapshot(Actor actor, long employerId, LocalDate since) {
		List<InspectionView.Evidence> lines = this.devices.search(actor, null, employerId, null, ALL)
			.items()
			.stream()
			.filter(d -> "ACTIVE".equals(d.status()))
			.map(d -> new InspectionView.Evidence(d.hazardCode(), d.hazardName(), d.postName(), d.code(), d.level(),
					d.exposure(), d.exposureLimit(), d.unit(), d.lastMeasuredAt(), working(d) && d.lastMeasuredAt() != null))
			.toList();
		Instant from = since.atStartOfDay(ZONE).toInstant();
		long confirmed = this.alerts.search(actor, new AlertFilter(null, AlertStatus.CONFIRMED, null, employerId, null), ALL)
			.items()
			.stream()
			.map(AlertView::resolvedAt)
			.filter(at -> at != null && !at.isBefore(from))
			.count();
		return new Snapshot(lines, confirmed);
	}

	/** The evidence as the inspection keeps it: one device a line, its fields tab-separated. */
	static String encode(List<InspectionView.Evidence> devices) {
		StringBuilder s = new StringBuilder();
		for (InspectionView.Evidence d : devices) {
			s.append(String.join("\t", clean(d.hazardCode()), clean(d.hazardName()), clean(d.postName()),
					clean(d.deviceCode()), clean(d.level()), d.exposure() == null ? "" : String.valueOf(d.exposure()),
					d.exposureLimit() == null ? "" : String.valueOf(d.exposureLimit()), clean(d.unit()),
					d.lastMeasuredAt() == null ? "" : d.lastMeasuredAt().toString(), String.valueOf(d.working())))
				.append('\n');
		}
		return s.toString();
	}

	static List<InspectionView.Evidence> decode(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<InspectionView.Evidence> devices = new ArrayList<>();
		for (String line : text.split("\n")) {
			String[] f = line.split("\t", -1);
			if (f.length < 10) {
				continue;
			}
			devices.add(new InspectionView.Evidence(f[0], f[1], f[2], f[3], f[4], f[5].isEmpty() ? null : Double.valueOf(f[5]),
					f[6].isEmpty() ? null : Double.valueOf(f[6]), f[7], f[8].isEmpty() ? null : Instant.parse(f[8]),
					Boolean.parseBoolean(f[9])));
		}
		return devices;
	}

	private static String clean(String text) {
		return text == null ? "" : text.replace('\t', ' ').replace('\n', ' ');
	}

	/**
	 * What the monitoring shows.
	 *
	 * @param confirmedAlerts alerts of the employer confirmed as violations in the period
	 */
	record Snapshot(List<InspectionView.Evidence> devices, long confirmedAlerts) {

		/** Exposure over its limit now, or a violation confirmed in the period. */
		boolean exceeded() {
			return this.confirmedAlerts > 0 || this.devices.stream().anyMatch(d -> "EXCEEDED".equals(d.level()));
		}

		/** Every device measuring and reporting. */
		boolean allWorking() {
			return !this.devices.isEmpty() && this.devices.stream().allMatch(InspectionView.Evidence::working);
		}

	}

}
