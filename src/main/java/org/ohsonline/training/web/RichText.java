package org.ohsonline.training.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A text lesson's body as blocks the template prints with escaping: paragraphs (blank lines between), lines
 * starting {@code # } as headings, lines starting {@code - } as list items. Authors get structure without any
 * HTML reaching the page, so no sanitiser is needed.
 */
final class RichText {

	private RichText() {
	}

	/** A heading, a paragraph or a list of items. */
	record Block(String kind, String text, List<String> items) {
	}

	static List<Block> blocks(String body) {
		List<Block> blocks = new ArrayList<>();
		if (body == null) {
			return blocks;
		}
		List<String> paragraph = new ArrayList<>();
		List<String> items = new ArrayList<>();
		for (String raw : body.split("\\R")) {
			String line = raw.strip();
			if (line.startsWith("- ")) {
				flush(blocks, paragraph, null);
				items.add(line.substring(2).strip());
				continue;
			}
			flush(blocks, null, items);
			if (line.isEmpty()) {
				flush(blocks, paragraph, null);
			}
			else if (line.startsWith("# ")) {
				flush(blocks, paragraph, null);
				blocks.add(new Block("heading", line.substring(2).strip(), List.of()));
			}
			else {
				paragraph.add(line);
			}
		}
		flush(blocks, paragraph, items);
		return blocks;
	}

	private static void flush(List<Block> blocks, List<String> paragraph, List<String> items) {
		if (paragraph != null && !paragraph.isEmpty()) {
			blocks.add(new Block("paragraph", String.join("\n", paragraph), List.of()));
			paragraph.clear();
		}
		if (items != null && !items.isEmpty()) {
			blocks.add(new Block("list", null, List.copyOf(items)));
			items.clear();
		}
	}

}
