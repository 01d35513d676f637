package org.ohsonline.authorization;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ohsonline.risk.Checklist;
import org.ohsonline.risk.RectificationFilter;
import org.ohsonline.risk.RectificationView;
import org.ohsonline.risk.Rectifications;
import org.ohsonline.risk.RiskPortraits;
import org.ohsonline.risk.SelfInspectionView;
import org.ohsonline.risk.SelfInspections;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.PageQuery;
import org.ohsonline.shared.Scope;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;

/**
 * The risk side of a world, once the other modules' events about it were handled: the employer's portrait
 * assessed, a submitted self-inspection failing one item (its text carries the side's label), the
 * rectification item that finding opened, and an evidence file attached to it.
 */
final class RiskBuilder {

	private final RiskPortraits portraits;

	private final SelfInspections inspections;

	private final Rectifications items;

	private final JdbcClient jdbc;

	RiskBuilder(RiskPortraits portraits, SelfInspections inspections, Rectifications items, JdbcClient jdbc) {
		this.portraits = portraits;
		this.inspections = inspections;
		this.items = items;
		this.jdbc = jdbc;
	}

	void build(SideBuilder.Spec spec, Map<String, String> v) {
		// The portrait is a read model of events: let the events of the side's making be handled first, so
		// nothing about the side changes after the matrix has taken its picture of the foreign rows.
		// Only this side's recent publications count: other contexts of the test run share the database,
		// and a publication an earlier test's closed context left in flight, or a failed one, is never
		// completed and says nothing about this side. Publications made while waiting count too: a listener
		// may publish in its turn (surveillance's ExamDuesUpdated after ExamConcluded), and the portrait
		// listens to those.
		java.time.Instant now = java.time.Instant.now();
		String inFlight = """
				from event_publication
				where completion_date is null and (status is null or status <> 'FAILED')
				  and publication_date >= :since
				  and serialized_event ~ ('"employerId":' || :employer || '[,}]')""";
		try {
			await().atMost(Duration.ofSeconds(120))
				.until(() -> this.jdbc.sql("select count(*) " + inFlight)
					.param("employer", v.get("employer"))
					.param("since", java.sql.Timestamp.from(now.minus(Duration.ofMinutes(5))))
					.query(Long.class)
					.single() == 0);
		}
		catch (org.awaitility.core.ConditionTimeoutException ex) {
			throw new AssertionError("Event publications still in flight after 2 minutes: " + this.jdbc
				.sql("select listener_id || ' ' || event_type || ' ' || coalesce(status, '-') || ' ' || publication_date "
						+ inFlight + " order by publication_date limit 20")
				.param("employer", v.get("employer"))
				.param("since", java.sql.Timestamp.from(now.minus(Duration.ofMinutes(5))))
				.query(String.class)
				.list(), ex);
		}
		long employerId = Long.parseLong(v.get("employer"));
		Actor supervisor = SideBuilder.actor("risk", Scope.region(spec.county()), spec.county(), "risk:portrait:read",
				"risk:class:override");
		this.portraits.reassess(supervisor, employerId);
		Actor manager = SideBuilder.actor("risk-manager", new Scope(Scope.Kind.EMPLOYER, v.get("employer.creditCode")),
				spec.township(), "risk:portrait:read", "risk:self-inspection:write", "risk:rectification:read",
				"risk:rectification:write");
		SelfInspectionView draft = this.inspections.draft(manager, employerId, "ANNUAL");
		Checklist checklist = this.inspections.checklist(draft.checklistVersionId());
		List<SelfInspections.AnswerInput> answers = new ArrayList<>();
		for (Checklist.Item item : checklist.items()) {
			answers.add(new SelfInspections.AnswerInput(item.code(),
					item.code().equals("S2-02") ? BigDecimal.ZERO : item.points(), spec.label() + "档案 " + item.code()));
		}
		this.inspections.save(manager, draft.id(), answers);
		this.inspections.submit(manager, draft.id());
		v.put("risk.selfInspection", SideBuilder.id(draft.id()));
		RectificationView item = this.items
			.search(manager, new RectificationFilter(null, null, "open", "SELF_INSPECTION_ITEM", employerId),
					PageQuery.of(1, 10))
			.items()
			.get(0);
		v.put("risk.rectification", SideBuilder.id(item.id()));
		byte[] pdf = evidencePdf(spec.label() + "整改证明");
		v.put("risk.evidence", SideBuilder.id(this.items.attach(manager, item.id(), spec.label() + "证明.pdf", pdf).id()));
	}

	/**
	 * A real one-page PDF carrying the text (the leak detector reads PDF answers and fails on one it cannot
	 * read), written in the console's bundled CJK font.
	 */
	static byte[] evidencePdf(String text) {
		try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument();
				java.io.InputStream fonts = RiskBuilder.class.getResourceAsStream("/fonts/wqy-microhei.ttc");
				org.apache.fontbox.ttf.TrueTypeCollection collection = new org.apache.fontbox.ttf.TrueTypeCollection(fonts)) {
			org.apache.fontbox.ttf.TrueTypeFont[] first = new org.apache.fontbox.ttf.TrueTypeFont[1];
			collection.processAllFonts(font -> {
				if (first[0] == null) {
					first[0] = font;
				}
			});
			org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
			document.addPage(page);
			org.apache.pdfbox.pdmodel.font.PDType0Font font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document,
					first[0], true);
			try (org.apache.pdfbox.pdmodel.PDPageContentStream content = new org.apache.pdfbox.pdmodel.PDPageContentStream(
					document, page)) {
				content.beginText();
				content.setFont(font, 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	static Set<String> keys() {
		return Set.of("risk.selfInspection", "risk.rectification", "risk.evidence");
	}

}
