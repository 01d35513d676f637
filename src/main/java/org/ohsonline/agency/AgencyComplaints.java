package org.ohsonline.agency;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

import org.ohsonline.shared.Actor;

/**
 * Verified complaints and administrative penalties against an organisation (职业病防治法 第七十九条、第八十条), recorded
 * by a supervisor of its region ({@code agency:complaint:write}), audited, counted by the credit rating and listed
 * on the organisation's page (read with {@code agency:rating:read}: supervisors their region, an organisation its own).
 */
public interface AgencyComplaints {

	List<ComplaintView> complaints(Actor actor, long agencyId);

	ComplaintView recordComplaint(Actor actor, long agencyId, ComplaintCommand command);

	List<PenaltyView> penalties(Actor actor, long agencyId);

	PenaltyView recordPenalty(Actor actor, long agencyId, PenaltyCommand command);

	QualityDocument.Stored penaltyDocument(Actor actor, long penaltyId);

	/** A verified complaint: when it was received, from whom (source), what it says. */
	@Schema(name = "AgencyComplaintCommand")
	record ComplaintCommand(LocalDate receivedOn, String source, String summary) {
	}

	@Schema(name = "AgencyComplaint")
	record ComplaintView(long id, long agencyId, LocalDate receivedOn, String source, String summary,
			String recordedBy, Instant recordedAt) {
	}

	/**
	 * An administrative penalty decision. {@code article}: ART_79, ART_80_1, ART_80_2 or ART_80_3 (职业病防治法 2018).
	 */
	@Schema(name = "AgencyPenaltyCommand")
	record PenaltyCommand(String decisionNumber, String article, LocalDate decidedOn, String summary,
			QualityDocument document) {
	}

	@Schema(name = "AgencyPenalty")
	record PenaltyView(long id, long agencyId, String decisionNumber, String article, LocalDate decidedOn,
			String summary, String documentName, String documentSha256, String recordedBy, Instant recordedAt) {
	}

}
