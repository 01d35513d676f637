package org.ohsonline.training;

import java.util.List;

/** A question of the bank as its author sees it, with the index of the right option. */
public record QuestionView(long id, int position, String text, List<String> options, int correct) {

	public QuestionView {
		options = List.copyOf(options);
	}

}
