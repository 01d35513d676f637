package org.ohsonline.reference.web;

/**
 * The load form's text fields as typed; the date stays text here so that a malformed date is
 * reported beside its field instead of failing the binding.
 */
record VersionForm(String edition, String effectiveFrom, String source, String notes) {

	static VersionForm empty() {
		return new VersionForm("", "", "", "");
	}

}
