package org.ohsonline.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * An on-site inspection with its checklist items and their answers.
 *
 * @param actionCode the administrative action code (行政行为码, kind 01) the inspection got when it started
 * @param recordCode the verification code of the issued on-site record, once recorded
 * @param mode on site, or non-site from the online monitoring evidence
 * @param evidence for a non-site inspection, the devices as read when it started (empty on site)
 * @param files the evidence files attached (photos, scanned documents), oldest first
 */
public record InspectionView(long id, String actionCode, long planId, int seq, long employerId, String creditCode, String employerName,
		String regionCode, long inspectorA, String inspectorAName, long inspectorB, String inspectorBName,
		InspectionStatus status, String checklistEdition, String summary, String startedBy, Instant startedAt,
		String recordedBy, Instant recordedAt, String recordCode, List<Item> items, InspectionMode mode,
		List<Evidence> evidence, List<FileView> files) {

	public InspectionView {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
		files = files == null ? List.of() : List.copyOf(files);
	}

	/**
	 * An evidence file: kept outside the database under its SHA-256, its type sniffed from the content.
	 *
	 * @param itemCode the checklist item it documents, or {@code null} for the inspection as a whole
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementInspectionFile")
	public record FileView(long id, String itemCode, String fileName, String contentType, long sizeBytes, String sha256,
			Instant uploadedAt, String uploadedBy) {
	}

	/**
	 * A monitoring device as a non-site inspection read it.
	 *
	 * @param level {@code BELOW}, {@code ACTION}, {@code EXCEEDED} or {@code UNKNOWN}, as the monitoring module grades it
	 * @param working active, online, calibrated and reporting
	 */
	@io.swagger.v3.oas.annotations.media.Schema(name = "EnforcementMonitoringEvidence")
	public record Evidence(String hazardCode, String hazardName, String postName, String deviceCode, String level,
			Double exposure, Double exposureLimit, String unit, Instant lastMeasuredAt, boolean working) {
	}

	public boolean nonSite() {
		return this.mode == InspectionMode.NON_SITE;
	}

	/**
	 * A checklist item and its answer ({@code outcome} {@code null} while unanswered).
	 *
	 * @param basis the duty the item checks
	 * @param violation the penalty article and item that a violation falls under
	 */
	public record Item(String code, String sectionCode, String sectionName, String name, LegalBasis basis,
			LegalBasis violation, Outcome outcome, String note, Long rectificationId) {
	}

	public long violations() {
		return this.items.stream().filter(i -> i.outcome() == Outcome.VIOLATION).count();
	}

	public long unanswered() {
		return this.items.stream().filter(i -> i.outcome() == null).count();
	}

	/** Whether the actor's user is one of the two inspectors drawn. */
	public boolean drawnFor(long userId) {
		return this.inspectorA == userId || this.inspectorB == userId;
	}

}
