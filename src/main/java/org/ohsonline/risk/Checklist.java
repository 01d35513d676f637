package org.ohsonline.risk;

import java.math.BigDecimal;
import java.util.List;

/** The self-inspection checklist of one catalog edition: sections of items with their points. */
public record Checklist(long versionId, String edition, String source, List<Section> sections) {

	public Checklist {
		sections = List.copyOf(sections);
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "ChecklistSection")
	public record Section(String code, String name, List<Item> items) {

		public Section {
			items = List.copyOf(items);
		}

	}

	/** An item worth {@code points}; {@code evidenceRequired} asks the employer to say where the proof is. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ChecklistItem")
	public record Item(String code, String name, BigDecimal points, boolean evidenceRequired, String basis) {
	}

	public List<Item> items() {
		return this.sections.stream().flatMap(s -> s.items().stream()).toList();
	}

	public BigDecimal total() {
		return items().stream().map(Item::points).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
