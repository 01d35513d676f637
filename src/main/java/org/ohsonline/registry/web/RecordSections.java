package org.ohsonline.registry.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.ohsonline.shared.Actor;
import org.ohsonline.shared.web.RecordSection;

import org.springframework.stereotype.Component;

/** The sections other modules add to the employer's case and the worker's record. */
@Component
class RecordSections {

	private final List<RecordSection> sections;

	RecordSections(List<RecordSection> sections) {
		this.sections = sections.stream().sorted(Comparator.comparingInt(RecordSection::order)).toList();
	}

	/** The sections of the subject the actor may see, in order. */
	List<RecordSection> visible(Actor actor, RecordSection.Subject subject) {
		return this.sections.stream().filter(s -> s.subject() == subject && s.visibleTo(actor)).toList();
	}

	Optional<RecordSection> find(Actor actor, RecordSection.Subject subject, String key) {
		return visible(actor, subject).stream().filter(s -> s.key().equals(key)).findFirst();
	}

}
