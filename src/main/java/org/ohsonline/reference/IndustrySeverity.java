package org.ohsonline.reference;

/**
 * The severity the directory gives an industry, with where it came from so pages can show it.
 *
 * @param industryCode the directory entry that matched (the class itself, or its group, division
 * or section when the directory lists the broader code; an activity entry such as {@code 443.1}
 * where a split group was decided)
 * @param severity the class; the stricter one while a {@code question} is open
 * @param catalogEdition the edition of the directory catalog in force
 * @param source the catalog version's source
 * @param verified whether this entry was checked against the official text
 * @param entryName the entry's name as the directory prints it ({@code null} for versions without names)
 * @param decision how the entry gave the class
 * @param question what the employer has not answered yet, {@code null} when nothing is open
 * @param lenient the class the most lenient answer to the open question would give; {@code severity}
 * when nothing is open
 */
public record IndustrySeverity(String industryCode, Severity severity, String catalogEdition, String source,
		boolean verified, String entryName, SeverityDecision decision, SeverityQuestion question, Severity lenient) {

	/** A class read straight from an entry, nothing left to ask. */
	public IndustrySeverity(String industryCode, Severity severity, String catalogEdition, String source,
			boolean verified) {
		this(industryCode, severity, catalogEdition, source, verified, null, SeverityDecision.LISTED, null, severity);
	}

	/** Whether the class is the stricter one only because the employer has not answered yet. */
	public boolean pending() {
		return this.question != null && this.lenient != this.severity;
	}

}
