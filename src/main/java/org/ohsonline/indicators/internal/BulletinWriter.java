package org.ohsonline.indicators.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.ohsonline.indicators.Figure;
import org.ohsonline.indicators.IndicatorDefinition;
import org.ohsonline.indicators.OverdueEmployer;
import org.ohsonline.indicators.Rating;
import org.ohsonline.indicators.SnapshotRow;
import org.ohsonline.indicators.SnapshotTable;
import org.ohsonline.portal.DocumentIssue;
import org.ohsonline.portal.IssuedDocuments;
import org.ohsonline.reference.CatalogTexts;
import org.ohsonline.reference.Divisions;
import org.ohsonline.shared.Actor;
import org.ohsonline.shared.documents.PdfDocuments;
import org.ohsonline.shared.documents.QrCodes;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The quarterly bulletin (季度通报) of a region as a PDF in Chinese, drawn from one revision of the snapshot: the
 * region's figures with numerator and denominator, the ranking of the divisions below, the red items and the
 * employers behind the overdue figures by name, with the QR code of its public verification page; recorded in the
 * portal's register of issued documents (which keeps its hash). Each issue is a new document.
 */
@Component
class BulletinWriter {

	static final String TYPE_KEY = "indicators.bulletin.type";

	/** The employers listed by name at most; the bulletin says how many more there are (all are in the API). */
	static final int OVERDUE_LISTED = 500;

	private static final Locale OFFICIAL = Locale.SIMPLIFIED_CHINESE;

	private final PdfDocuments pdf;

	private final IssuedDocuments documents;

	private final Divisions divisions;

	private final MessageSource messages;

	private final CatalogTexts texts;

	private final Clock clock;

	BulletinWriter(PdfDocuments pdf, IssuedDocuments documents, Divisions divisions, MessageSource messages,
			CatalogTexts texts, Clock clock) {
		this.pdf = pdf;
		this.documents = documents;
		this.divisions = divisions;
		this.messages = messages;
		this.texts = texts;
		this.clock = clock;
	}

	/** The bulletin's number: region, quarter and revision ({@code TB330105-2026Q3-R1}). */
	static String number(SnapshotTable table) {
		return "TB" + table.region().regionCode() + "-" + table.snapshot().quarter() + "-R" + table.snapshot().revision();
	}

	/** An employer behind overdue figures, with the indicators it is overdue in. */
	record OverdueLine(String name, String creditCode, String regionCode, List<String> indicators) {
	}

	/** One line per employer (in the order given: by region and name), its indicators named. */
	static List<OverdueLine> lines(List<OverdueEmployer> overdue, Map<String, String> indicatorNames) {
		Map<Long, OverdueLine> lines = new java.util.LinkedHashMap<>();
		for (OverdueEmployer o : overdue) {
			lines.computeIfAbsent(o.employerId(), id -> new OverdueLine(o.name(), o.creditCode(), o.regionCode(),
					new ArrayList<>()))
				.indicators()
				.add(indicatorNames.getOrDefault(o.indicatorCode(), o.indicatorCode()));
		}
		return List.copyOf(lines.values());
	}

	/** A red figure of the region or of a division below it. */
	record RedItem(String region, String indicator, Figure figure) {
	}

	/**
	 * @param overdue the rows of the first {@link #OVERDUE_LISTED} employers behind the overdue figures
	 * @param overdueEmployers how many employers there are behind them in all
	 */
	byte[] issue(Actor actor, SnapshotTable table, List<OverdueEmployer> overdue, long overdueEmployers,
			Map<String, IndicatorDefinition> names) {
		String regionCode = table.region().regionCode();
		String region = this.divisions.fullName(regionCode);
		String issuer = this.messages.getMessage("indicators.bulletin.issuer", new Object[] { region }, OFFICIAL);
		LocalDate today = LocalDate.now(this.clock.withZone(IndicatorZone.ZONE));
		String number = number(table);
		Map<String, String> regionNames = new HashMap<>(this.divisions.fullNames(
				table.children().stream().map(SnapshotRow::regionCode).toList()));
		Map<String, String> indicatorNames = new HashMap<>();
		table.indicatorCodes().forEach(c -> indicatorNames.put(c, names.containsKey(c) ? names.get(c).name(OFFICIAL) : c));
		List<OverdueLine> lines = lines(overdue, indicatorNames);
		regionNames.putAll(this.divisions.fullNames(lines.stream().limit(OVERDUE_LISTED).map(OverdueLine::regionCode)
			.distinct().toList()));
		List<RedItem> red = new ArrayList<>();
		table.indicatorCodes().forEach(c -> {
			Figure f = table.region().figure(c);
			if (f != null && f.rating() == Rating.RED) {
				red.add(new RedItem(region, indicatorNames.get(c), f));
			}
		});
		table.children().forEach(child -> table.indicatorCodes().forEach(c -> {
			Figure f = child.figure(c);
			if (f != null && f.rating() == Rating.RED) {
				red.add(new RedItem(regionNames.getOrDefault(child.regionCode(), child.regionCode()), indicatorNames.get(c), f));
			}
		}));
		DocumentIssue issue = new DocumentIssue(TYPE_KEY, number, issuer, region, regionCode, today, "indicators",
				table.snapshot().id() + "/" + regionCode);
		return this.documents.issue(actor, issue, link -> {
			Map<String, Object> model = new HashMap<>();
			model.put("table", table);
			model.put("snapshot", table.snapshot());
			model.put("number", number);
			model.put("issuer", issuer);
			model.put("region", region);
			model.put("regionNames", regionNames);
			model.put("indicatorNames", indicatorNames);
			model.put("red", red);
			Map<String, Long> redCounts = new HashMap<>();
			table.children().forEach(c -> redCounts.put(c.regionCode(),
					c.figures().values().stream().filter(f -> f.rating() == Rating.RED).count()));
			model.put("redCounts", redCounts);
			model.put("overdue", lines.stream().limit(OVERDUE_LISTED).toList());
			model.put("overdueMore", Math.max(0, overdueEmployers - Math.min(lines.size(), OVERDUE_LISTED)));
			model.put("overdueEmployers", overdueEmployers);
			model.put("definitionsEdition",
					this.texts.edition(DefinitionCatalog.CATALOG, table.snapshot().definitionsEdition(), OFFICIAL));
			model.put("scoringEdition", this.texts.edition(ScoringCatalog.CATALOG, table.snapshot().scoringEdition(), OFFICIAL));
			model.put("frozenOn", table.snapshot().frozenAt().atZone(IndicatorZone.ZONE).toLocalDate());
			model.put("issuedOn", today);
			model.put("link", link);
			model.put("qr", QrCodes.pngDataUri(link.url(), 300));
			return this.pdf.render("indicators/bulletin-pdf", model, OFFICIAL);
		}).pdf();
	}

}
